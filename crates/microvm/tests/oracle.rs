//! Data-driven comparison with the microvm.nix oracle: every
//! `tests/oracle/expected/*.json`, `tests/oracle/ghaf/expected/*.json` and
//! `crates/microvm/tests/oracle-extra/expected/*.json` (this crate's own
//! cases, produced by the same oracle from `oracle-extra/cases/`) case is
//! generated from its `config` and compared with what real Nix
//! evaluating real microvm.nix produced (scripts, package layout, files,
//! warnings, runner `throw` messages). Cases listed in
//! `tests/oracle/notyetpassing.txt` must keep failing.
//!
//! `ORACLE_CASE=<substring>` restricts the run; `ORACLE_VERBOSE=1` prints
//! full diffs; `ORACLE_DIR` points at another oracle output directory (same
//! layout: `expected/`, `ghaf/expected/`, `mock-packages.json`).

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use vmcmd_microvm::{Input, PackageTable, Runner, generate};

fn oracle_dir() -> PathBuf {
    match std::env::var_os("ORACLE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oracle"),
    }
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn cases() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let extra = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle-extra/expected");
    for (prefix, dir) in [
        ("", oracle_dir().join("expected")),
        ("ghaf/", oracle_dir().join("ghaf/expected")),
        ("extra/", extra),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let Some(stem) = f.file_stem().and_then(|s| s.to_str()) else { continue };
            if f.extension().and_then(|e| e.to_str()) != Some("json") || stem.starts_with('_') {
                continue;
            }
            out.push((format!("{prefix}{stem}"), f));
        }
    }
    out
}

fn not_yet_passing() -> BTreeMap<String, String> {
    let path = oracle_dir().join("notyetpassing.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((name, reason)) => (name.trim().to_owned(), reason.trim().to_owned()),
            None => (l.trim().to_owned(), String::new()),
        })
        .collect()
}

/// First differing line of two texts, for the failure report.
fn diff(what: &str, expected: &str, actual: &str) -> String {
    let verbose = std::env::var_os("ORACLE_VERBOSE").is_some();
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

fn str_of(v: &Value) -> Option<&str> {
    v.as_str()
}

/// Compares a generated runner with an accepted case; returns the problems.
fn compare_ok(case: &Value, r: &Runner) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: &str, expected: Option<&str>, actual: Option<&str>| {
        if expected != actual {
            match (expected, actual) {
                (Some(e), Some(a)) => problems.push(diff(what, e, a)),
                _ => problems.push(format!("  {what}: expected {expected:?}, got {actual:?}")),
            }
        }
    };
    check("run_script", case["run_script"].as_str(), Some(r.run_script()));
    check("shutdown_script", str_of(&case["shutdown_script"]), r.script("microvm-shutdown"));
    check("balloon_script", str_of(&case["balloon_script"]), r.script("microvm-balloon"));
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
            problems.push(diff(&format!("files.{path}.text"), e, &file.text));
        }
    }
    // `config.warnings` of the NixOS modules (asserts.nix) are not the runner's.
    let expected_warnings: Vec<&str> = case["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|w| !w.ends_with("MB of RAM is uncomfortably narrow."))
        .collect();
    if expected_warnings != r.warnings {
        problems.push(format!("  warnings: expected {expected_warnings:?}, got {:?}", r.warnings));
    }
    // The argument list matches the oracle's bash-style split of the exec line.
    if let Some(argv) = case["run_argv"].as_array() {
        let words: Vec<&str> = r.command.args().map(|a| a.text.as_str()).collect();
        let splits_like_bash = r.command.args().all(|a| {
            a.quoting == vmcmd_microvm::Quoting::Escaped || !a.text.contains(char::is_whitespace)
        });
        let expected: Vec<&str> = argv.iter().filter_map(Value::as_str).collect();
        if splits_like_bash && expected != words {
            problems.push(format!("  run_argv: expected {expected:?}\n            got {words:?}"));
        }
    }
    problems
}

#[test]
fn oracle() {
    let table_json = read_json(&oracle_dir().join("mock-packages.json"));
    let table = PackageTable::from_json(&table_json).expect("package table");
    let known = not_yet_passing();
    let filter = std::env::var("ORACLE_CASE").ok();
    let mut passed = 0;
    let mut failed = 0;
    let mut known_failing = 0;
    let mut skipped = 0;
    let mut report = String::new();
    let mut per_hv: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for (name, path) in cases() {
        if let Some(f) = &filter
            && !name.contains(f.as_str())
        {
            continue;
        }
        let case = read_json(&path);
        let runner_throw = (case["error_kind"] == "throw" || case["error_kind"] == "nix-eval")
            && case["error_source"] == "runner";
        if !case["error"].is_null() && !runner_throw {
            skipped += 1;
            continue;
        }
        let input = Input {
            config: &case["config"],
            system: case["system"].as_str().unwrap_or("x86_64-linux"),
            vm_host_system: case["vm_host_system"].as_str().unwrap_or("x86_64-linux"),
            packages: &table,
            hypervisor: None,
            toplevel: None,
        };
        let result = generate(&input);
        let problems: Vec<String> = match (&result, runner_throw) {
            (Ok(r), false) => compare_ok(&case, r),
            (Err(e), false) => vec![format!("  unexpected error ({:?}): {}", e.kind, e.message)],
            (Ok(_), true) => vec![format!("  expected the runner to throw {:?}", case["error"])],
            (Err(e), true) => {
                if case["error"].as_str() == Some(e.message.as_str()) {
                    Vec::new()
                } else {
                    vec![format!(
                        "  throw message: expected {:?}, got {:?}",
                        case["error"], e.message
                    )]
                }
            }
        };
        let hv = case["hypervisor"].as_str().unwrap_or("-").to_owned();
        let entry = per_hv.entry(hv).or_default();
        match (problems.is_empty(), known.contains_key(&name)) {
            (true, false) => {
                passed += 1;
                entry.0 += 1;
            }
            (true, true) => {
                failed += 1;
                let _ = writeln!(
                    report,
                    "{name}: passes now; remove it from tests/oracle/notyetpassing.txt"
                );
            }
            (false, true) => {
                known_failing += 1;
                entry.1 += 1;
            }
            (false, false) => {
                failed += 1;
                entry.1 += 1;
                let _ = writeln!(report, "{name}: FAILED\n{}", problems.join("\n"));
            }
        }
    }
    for name in known.keys() {
        if !cases().iter().any(|(n, _)| n == name) {
            let _ = writeln!(report, "notyetpassing.txt lists unknown case {name}");
            failed += 1;
        }
    }
    print!("{report}");
    for (hv, (ok, bad)) in &per_hv {
        println!("  {hv}: {ok} passed, {bad} failing");
    }
    println!("oracle: {passed} passed, {failed} failed");
    println!(
        "oracle: {known_failing} known failures (notyetpassing.txt), {skipped} cases rejected before the runner"
    );
    assert_eq!(failed, 0, "oracle cases failed:\n{report}");
}
