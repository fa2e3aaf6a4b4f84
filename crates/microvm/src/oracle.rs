//! Comparison with the project oracle's JSON (`../shared/oracle`: real
//! Nix evaluating real microvm.nix): what a generated [`Runner`] must
//! equal, field by field. Used by the oracle tests of this crate and of
//! the Ghaf layer. `ORACLE_VERBOSE=1` (read by the tests, passed here as
//! `verbose`) prints whole texts instead of the first differing line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::Runner;

/// First differing line of two texts, for the failure report.
fn diff(what: &str, expected: &str, actual: &str, verbose: bool) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let mut out = format!("  {what} differs");
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied(), a.get(i).copied());
        if x != y {
            let _ = write!(out, " at line {}:\n    expected: {x:?}\n    actual:   {y:?}", i + 1);
            break;
        }
    }
    if verbose {
        let _ = write!(out, "\n--- expected\n{expected}\n--- actual\n{actual}");
    }
    out
}

/// Compares a generated runner with an accepted oracle case (scripts,
/// runner package layout and passthru, `share/microvm`, files, warnings,
/// the argument list); returns the problems, one indented line each.
pub fn compare_runner(case: &Value, r: &Runner, verbose: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: &str, expected: Option<&str>, actual: Option<&str>| {
        if expected != actual {
            match (expected, actual) {
                (Some(e), Some(a)) => problems.push(diff(what, e, a, verbose)),
                _ => problems.push(format!("  {what}: expected {expected:?}, got {actual:?}")),
            }
        }
    };
    check("run_script", case["run_script"].as_str(), Some(r.run_script()));
    check("shutdown_script", Value::as_str(&case["shutdown_script"]), r.script("microvm-shutdown"));
    check("balloon_script", Value::as_str(&case["balloon_script"]), r.script("microvm-balloon"));
    let expected_scripts: BTreeMap<String, String> = case["scripts"]
        .as_object()
        .map(|m| {
            m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect()
        })
        .unwrap_or_default();
    let names: BTreeSet<&String> = expected_scripts.keys().chain(r.scripts.keys()).collect();
    for name in names {
        if matches!(name.as_str(), "microvm-run" | "microvm-shutdown" | "microvm-balloon") {
            continue;
        }
        check(
            &format!("scripts.{name}"),
            expected_scripts.get(name).map(String::as_str),
            r.script(name),
        );
    }
    let runner = &case["runner"];
    check("runner.name", runner["name"].as_str(), Some(&r.name));
    check("runner.storePath", runner["storePath"].as_str(), Some(&r.store_path));
    check("runner.build_command", runner["build_command"].as_str(), Some(&r.build_command));
    check("runner.system_symlink", runner["system_symlink"].as_str(), r.system_symlink.as_deref());
    for (name, path) in runner["bin"].as_object().into_iter().flatten() {
        check(
            &format!("runner.bin.{name}"),
            path.as_str(),
            r.scripts.get(name).map(|s| s.store_path.as_str()),
        );
    }
    let p = &r.passthru;
    let passthru = serde_json::json!({
        "canShutdown": p.can_shutdown,
        "hypervisor": p.hypervisor.name(),
        "machineId": p.machine_id,
        "registerWithMachined": p.register_with_machined,
        "supportsNotifySocket": p.supports_notify_socket,
        "tapMultiQueue": p.tap_multi_queue,
    });
    // the 2023 runners' passthru had canShutdown only, the machined
    // facts came 2026-03 (706a7db; not at 5bbc126) and tapMultiQueue
    // after 470537e (2024-10)
    let passthru = match runner["passthru"].as_object() {
        Some(o) if o.len() == 1 && o.contains_key("canShutdown") => {
            serde_json::json!({ "canShutdown": p.can_shutdown })
        }
        Some(o) if !o.contains_key("registerWithMachined") => {
            let mut ours = passthru;
            if let Some(m) = ours.as_object_mut() {
                m.remove("registerWithMachined");
                m.remove("machineId");
                if !o.contains_key("tapMultiQueue") {
                    m.remove("tapMultiQueue");
                }
            }
            ours
        }
        _ => passthru,
    };
    if runner["passthru"] != passthru {
        problems
            .push(format!("  runner.passthru: expected {}, got {passthru}", runner["passthru"]));
    }
    let mut share = serde_json::Map::new();
    for f in &r.share_microvm {
        let v = if f.lines.len() == 1
            && !matches!(f.path.as_str(), "tap-interfaces" | "macvtap-interfaces")
            && !f.path.ends_with("-devices")
        {
            Value::String(f.lines[0].clone())
        } else {
            Value::Array(f.lines.iter().cloned().map(Value::String).collect())
        };
        share.insert(f.path.clone(), v);
    }
    let share = Value::Object(share);
    if runner["share_microvm"] != share {
        problems.push(format!(
            "  runner.share_microvm: expected {}, got {share}",
            runner["share_microvm"]
        ));
    }
    for (path, file) in &r.files {
        let expected = &case["files"][path];
        if expected.is_null() {
            problems.push(format!("  files: unexpected {path}"));
            continue;
        }
        let mut check_file = |what: &str, e: &Value, a: Value| {
            if *e != a {
                problems.push(format!("  files.{path}.{what}: expected {e}, got {a}"));
            }
        };
        check_file("name", &expected["name"], Value::String(file.name.clone()));
        check_file("kind", &expected["kind"], Value::String(file.kind.to_owned()));
        if let Some(e) = expected["text"].as_str()
            && e != file.text
        {
            problems.push(diff(&format!("files.{path}.text"), e, &file.text, verbose));
        }
    }
    // `config.warnings` of the NixOS modules (asserts.nix) are not the runner's.
    let expected_warnings: Vec<&str> = case["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|w| !w.trim_end().ends_with("MB of RAM is uncomfortably narrow."))
        .collect();
    if expected_warnings != r.warnings {
        problems.push(format!("  warnings: expected {expected_warnings:?}, got {:?}", r.warnings));
    }
    // The argument list matches the oracle's bash-style split of the exec line.
    if let Some(argv) = case["run_argv"].as_array() {
        let words: Vec<&str> = r.command.args().map(|a| a.text.as_str()).collect();
        let splits_like_bash = r
            .command
            .args()
            .all(|a| a.quoting == crate::Quoting::Escaped || !a.text.contains(char::is_whitespace));
        let expected: Vec<&str> = argv.iter().filter_map(Value::as_str).collect();
        if splits_like_bash && expected != words {
            problems.push(format!("  run_argv: expected {expected:?}\n            got {words:?}"));
        }
    }
    problems
}

/// Checks an explanation the way the explain tests do: every argument is
/// traced to an option with a value, fixed arguments name the hypervisor,
/// some definition of every option wins (or its default applies), every
/// definition in a file `in_scope` accepts points at a line that mentions
/// the option's last path component, and every `mkIf` condition recorded
/// in such a file is found at its line and column (the files are read).
/// Returns the problems (prefixed with `name`) and how many definitions
/// and conditions were checked.
pub fn check_explanation(
    name: &str,
    expl: &crate::explain::Explanation,
    in_scope: &dyn Fn(&str) -> bool,
) -> (Vec<String>, usize) {
    use crate::explain::{HYPERVISOR_OPTION, priority_name};
    let mut problems = Vec::new();
    let mut checked = 0;
    if expl.args.is_empty() {
        problems.push(format!("{name}: no arguments"));
    }
    for a in &expl.args {
        let with_value = a
            .sources
            .iter()
            .filter_map(|p| expl.options.get(p))
            .any(|info| info.option.is_some() && info.value.is_some());
        if !with_value {
            problems.push(format!(
                "{name}: argument {} {:?} has no option with a value (sources {:?})",
                a.index, a.text, a.sources
            ));
        }
        if a.fixed && a.sources != [HYPERVISOR_OPTION] {
            problems.push(format!("{name}: fixed argument {} without hypervisor", a.index));
        }
    }
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for info in expl.options.values() {
        let Some(option) = &info.option else { continue };
        let last = option.rsplit('.').next().unwrap_or(option);
        let winners = info.definitions.iter().filter(|d| d.won).count();
        let in_effect = info.definitions.iter().filter(|d| d.in_effect).count();
        if in_effect > 0 && winners == 0 {
            problems.push(format!("{name}: {option}: no definition wins"));
        }
        if in_effect == 0 && !info.default_used() {
            problems.push(format!("{name}: {option}: neither defined nor defaulted"));
        }
        // where the value was computed: its text is written there
        if let Some(c) = &info.computed
            && in_scope(&c.location.file)
        {
            checked += 1;
            if let Some(at) = misplaced(&mut files, &c.location, &c.text) {
                problems
                    .push(format!("{name}: {}: computed {:?} is not at {at}", info.path, c.text));
            }
        }
        for d in &info.definitions {
            for c in d.conditions.iter().flatten() {
                if c.location.builtin || !in_scope(&c.location.file) {
                    continue;
                }
                checked += 1;
                if let Some(at) = misplaced(&mut files, &c.location, &c.text) {
                    problems
                        .push(format!("{name}: {option}: condition {:?} is not at {at}", c.text));
                }
            }
            if d.location.builtin || !in_scope(&d.location.file) {
                continue;
            }
            checked += 1;
            let Some(line) = d.location.line else {
                problems.push(format!(
                    "{name}: {option}: definition in {} without a line",
                    d.location.file
                ));
                continue;
            };
            let at =
                source(&mut files, &d.location.file).lines().nth(line as usize - 1).unwrap_or("");
            if !at.contains(last) {
                problems.push(format!(
                    "{name}: {option} ({}) at {}:{line} which reads {at:?}",
                    d.priority.map_or_else(|| "not in effect".to_string(), priority_name),
                    d.location.file
                ));
            }
        }
    }
    (problems, checked)
}

/// The text of `file`, read once into `files` (empty when unreadable).
fn source<'a>(files: &'a mut BTreeMap<String, String>, file: &str) -> &'a str {
    files
        .entry(file.to_string())
        .or_insert_with(|| std::fs::read_to_string(file).unwrap_or_default())
}

/// `None` when `text` is written at `at` (see [`written_at`]), else
/// `file:line:column` of where it was looked for.
fn misplaced(
    files: &mut BTreeMap<String, String>,
    at: &crate::explain::Location,
    text: &str,
) -> Option<String> {
    let found = written_at(source(files, &at.file), at.line, at.column, text);
    (!found).then(|| format!("{}:{}:{}", at.file, at.line.unwrap_or(0), at.column.unwrap_or(0)))
}

/// Whether `text` (on one line, as conditions are recorded) is what the
/// file's `source` has at 1-based `line` and `column` (in characters),
/// line breaks and the indentation after them read as one space.
fn written_at(source: &str, line: Option<u32>, column: Option<u32>, text: &str) -> bool {
    let (Some(line), Some(column)) = (line, column) else { return false };
    let Some(at) = source.lines().nth((line as usize).saturating_sub(1)) else { return false };
    let Some((start, _)) = at.char_indices().nth((column as usize).saturating_sub(1)) else {
        return false;
    };
    let offset = at.as_ptr() as usize - source.as_ptr() as usize + start;
    let mut rest = String::new();
    let mut words = source[offset..].split('\n');
    if let Some(first) = words.next() {
        rest.push_str(first);
    }
    for l in words {
        if rest.len() > text.len() {
            break;
        }
        // whole-line comments are left out of one-line texts
        if l.trim_start().starts_with('#') {
            continue;
        }
        rest.truncate(rest.trim_end().len());
        rest.push(' ');
        rest.push_str(l.trim_start());
    }
    rest.starts_with(text)
}

/// The paths below which two JSON values differ (leaves, or keys present
/// on one side only).
fn differing_paths(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let p = if at.is_empty() { k.clone() } else { format!("{at}.{k}") };
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => differing_paths(u, v, p, out),
                    (Some(_), None) => out.push(format!("{p} (missing)")),
                    (None, Some(_)) => out.push(format!("{p} (extra)")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                differing_paths(u, v, format!("{at}.{i}"), out);
            }
        }
        _ if a != b => out.push(at),
        _ => {}
    }
}

/// Compares an evaluated VM with an oracle case: a case the oracle
/// rejected must be rejected with the same kind; otherwise the basic
/// facts (hypervisor, host name, systems), the evaluated `config`, the
/// failed assertions and the runner ([`compare_runner`]) must be equal.
/// Returns the problems, one indented line each.
pub fn compare_evaluation(
    case: &Value,
    vm: &crate::vm::VmEvaluation,
    verbose: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(kind) = case["error_kind"].as_str() {
        match vm.rejection() {
            Some(r) if r.kind == kind => {}
            other => problems.push(format!("  expected a {kind} rejection, got {other:?}")),
        }
        return problems;
    }
    for (key, mine) in [
        ("hypervisor", &vm.hypervisor),
        ("hostName", &vm.host_name),
        ("system", &vm.system),
        ("vm_host_system", &vm.vm_host_system),
    ] {
        // the 2023 revisions had no microvm.vmHostPackages (null in the case)
        if key == "vm_host_system" && case[key].is_null() {
            continue;
        }
        if case[key].as_str() != Some(mine.as_str()) {
            problems.push(format!("  {key}: expected {}, got {mine:?}", case[key]));
        }
    }
    if vm.config != case["config"] {
        let mut paths = Vec::new();
        differing_paths(&case["config"], &vm.config, String::new(), &mut paths);
        let more =
            if paths.len() > 12 { format!(" (+{} more)", paths.len() - 12) } else { String::new() };
        paths.truncate(12);
        problems.push(format!("  config differs at {}{more}", paths.join(", ")));
        if verbose {
            problems.push(format!(
                "  --- expected\n{}\n  --- got\n{}",
                serde_json::to_string_pretty(&case["config"]).unwrap_or_default(),
                serde_json::to_string_pretty(&vm.config).unwrap_or_default()
            ));
        }
    }
    let expected_failed: Vec<&str> = case["failed_assertions"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if vm.failed_assertions != expected_failed {
        problems.push(format!(
            "  failed assertions: expected {expected_failed:?}, got {:?}",
            vm.failed_assertions
        ));
    }
    match &vm.runner {
        Ok(r) => problems.extend(compare_runner(case, r, verbose)),
        Err(e) => problems.push(format!("  runner: {}", e.message)),
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::written_at;

    #[test]
    fn conditions_are_found_at_their_line_and_column() {
        let source =
            "{\n  config = lib.mkIf cfg.enable {\n    x = lib.mkIf (a\n      && b) 1;\n  };\n}\n";
        let cases = [
            (2, 21, "cfg.enable", true),
            (2, 20, "cfg.enable", false),
            (3, 19, "a && b", true),
            (3, 19, "a || b", false),
            (4, 10, "b", true),
            (9, 1, "b", false),
            (2, 80, "cfg.enable", false),
        ];
        for (line, column, text, want) in cases {
            assert_eq!(written_at(source, Some(line), Some(column), text), want, "{line}:{column}");
        }
        assert!(!written_at(source, None, Some(1), "{"));
    }
}
