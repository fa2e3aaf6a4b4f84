//! Diagnostics from evaluating a real VM module: what NixOS and microvm.nix
//! themselves report — failed assertions, warnings, the runner's `throw`s
//! ([`evaluation_findings`]) and the module system's errors (option type
//! errors, undeclared options with nixpkgs' did-you-mean, failed assertions
//! that abort the evaluation: [`failure_findings`]).
//!
//! Messages a specific rule mirrors are reported under that rule's code
//! (or not at all when the rule already reported them from the evaluated
//! config); the rest under `invalid_definition` (VM003),
//! `undeclared_option` (VM004), `failed_assertion` (VM005), `runner_error`
//! (VM006) and `microvm_warning` (VM007). Everything is located through a
//! caller-supplied function (see [`crate::locate::ModuleLocator`]), at the
//! definition when it can be found and at `fallback` (the VM module's body)
//! otherwise, so every diagnostic points into the VM's files.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_diagnostics::Severity;

use crate::facts::{Location, OptionPath};
use crate::find_rule;
use crate::rule::Finding;

/// A microvm.nix message a specific rule mirrors.
struct Known {
    /// Substrings that identify the message (all must occur).
    needles: &'static [&'static str],
    /// The rule.
    code: &'static str,
    /// The option the message is about.
    option: &'static str,
    /// How to find the list element the message names: the text before and
    /// after the element's key in the message, and the key's attribute.
    element: Option<(&'static str, &'static str, &'static str)>,
}

const fn known(
    needles: &'static [&'static str],
    code: &'static str,
    option: &'static str,
) -> Known {
    Known { needles, code, option, element: None }
}

const fn known_el(
    needles: &'static [&'static str],
    code: &'static str,
    option: &'static str,
    element: (&'static str, &'static str, &'static str),
) -> Known {
    Known { needles, code, option, element: Some(element) }
}

/// microvm.nix's assertions (asserts.nix, system.nix, vsock-ssh.nix) and the
/// removed-option error, with the rules that decide them from the config.
const ASSERTIONS: &[Known] = &[
    known_el(
        &["volume image \"", "> 1 times"],
        "VM101",
        "microvm.volumes",
        ("volume image \"", "\"", "image"),
    ),
    known_el(
        &["interface id \"", "> 1 times"],
        "VM102",
        "microvm.interfaces",
        ("interface id \"", "\"", "id"),
    ),
    known_el(
        &["doesn't have a bridge to attach to"],
        "VM103",
        "microvm.interfaces",
        ("interface ", " is of type", "id"),
    ),
    known_el(
        &["shouldn't have a \"bridge\" option"],
        "VM103",
        "microvm.interfaces",
        ("interface ", " is not of type", "id"),
    ),
    known_el(
        &["maximum length of 15 characters"],
        "VM104",
        "microvm.interfaces",
        ("interface name ", " is longer", "id"),
    ),
    known_el(
        &["share tag \"", "> 1 times"],
        "VM105",
        "microvm.shares",
        ("share tag \"", "\"", "tag"),
    ),
    known_el(
        &["share socket \"", "> 1 times"],
        "VM106",
        "microvm.shares",
        ("share socket \"", "\"", "socket"),
    ),
    known_el(
        &["is missing a `socket` path"],
        "VM107",
        "microvm.shares",
        ("share with tag \"", "\"", "tag"),
    ),
    known_el(&["has posixAcl=true"], "VM108", "microvm.shares", ("virtiofs share \"", "\"", "tag")),
    known(&["`config.microvm.forwardPorts` works only"], "VM109", "microvm.forwardPorts"),
    known(
        &["platformOEMStrings` items must not contain"],
        "VM110",
        "microvm.cloud-hypervisor.platformOEMStrings",
    ),
    known(
        &["do not work with `microvm.writableStoreOverlay`"],
        "VM111",
        "microvm.writableStoreOverlay",
    ),
    known(
        &["microvm.vsock.ssh.enable requires microvm.vsock.cid"],
        "VM112",
        "microvm.vsock.ssh.enable",
    ),
    known(&["`microvm.balloonMem'", "no longer has any effect"], "VM113", "microvm.balloonMem"),
];

/// microvm.nix's warnings (asserts.nix and the runners) and the rules that
/// mirror them.
const WARNINGS: &[Known] = &[
    known(&["is uncomfortably narrow"], "VM114", "microvm.mem"),
    known(&["Optimising the nix store is not recommended"], "VM115", "nix.optimise.automatic"),
    known(&["Volume is not automatically labeled"], "VM118", "microvm.volumes"),
    known(&["Will not label volume"], "VM118", "microvm.volumes"),
    known(&["Volume serial is not supported"], "VM203", "microvm.volumes"),
    known(&["Volume direct IO is not supported"], "VM203", "microvm.volumes"),
    known(&["QEMU hangs if memory is exactly 2GB"], "VM205", "microvm.mem"),
    known(&["supports systemd-notify via vsock"], "VM206", "microvm.vsock.cid"),
    known(&["forwardPortsOptions only running with user network"], "VM109", "microvm.forwardPorts"),
];

/// Options whose type errors `invalid_option_value` and
/// `invalid_host_name` describe.
const TYPED: &[(&str, &str)] = &[
    ("microvm.hypervisor", "VM117"),
    ("microvm.vcpu", "VM117"),
    ("microvm.mem", "VM117"),
    ("microvm.hotplugMem", "VM117"),
    ("microvm.hotpluggedMem", "VM117"),
    ("microvm.initialBalloonMem", "VM117"),
    ("networking.hostName", "VM116"),
];

/// Finds where an option path is defined; the second argument is the file
/// an error message names as the definition's, if any.
pub type LocateFn<'a> = dyn Fn(&OptionPath, Option<&Path>) -> Option<Location> + 'a;

/// What evaluating one VM produced besides its config.
#[derive(Debug, Clone, Default)]
pub struct Evaluated<'a> {
    /// The VM's name.
    pub vm: &'a str,
    /// The evaluated config (oracle shape), to find list elements that
    /// messages name.
    pub config: Option<&'a Value>,
    /// Messages of failed `config.assertions`.
    pub failed_assertions: &'a [String],
    /// `config.warnings` and the runner's warnings.
    pub warnings: &'a [String],
    /// Why microvm.nix cannot make the runner: its message and the option
    /// involved (dotted, list indices as numbers: `microvm.shares.0.proto`).
    pub runner_error: Option<(&'a str, Option<&'a str>)>,
}

fn finding(
    code: &str,
    message: String,
    vm: Option<&str>,
    option: Option<OptionPath>,
    location: Location,
) -> Finding {
    let meta = find_rule(code).map_or(&crate::rules::failed_assertion::META, |r| r.meta());
    Finding {
        code: meta.code,
        name: meta.name,
        severity: meta.severity,
        message,
        vm: vm.map(str::to_string),
        option,
        location: Some(location),
        help: None,
        notes: Vec::new(),
        related: Vec::new(),
    }
}

/// One line, whitespace collapsed, no trailing period.
fn one_line(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches('.').to_string()
}

/// The message without Nix's position excerpt (`\n\nat FILE:L:C: …`), which
/// points into microvm.nix (or vmcmd's model of it).
fn without_position(msg: &str) -> &str {
    msg.split("\n\nat ").next().unwrap_or(msg).trim()
}

/// The text between `before` and the next `after` in `s`.
fn between<'s>(s: &'s str, before: &str, after: &str) -> Option<&'s str> {
    let i = s.find(before)? + before.len();
    let j = s[i..].find(after)?;
    Some(&s[i..i + j])
}

/// A Nix-quoted name (`` `x' ``) after `prefix`.
fn quoted<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    between(s, prefix, "'")
}

/// `microvm.shares.0.proto` (or `microvm.shares[0].proto`) as an option
/// path. The module system names list elements of a single definition
/// `"[definition 1-entry M]"`: element M-1; elements of other definitions
/// cannot be told apart, so the path stops at the list.
fn option_path(dotted: &str) -> OptionPath {
    let mut p = OptionPath::default();
    for part in dotted.split('.').filter(|s| !s.is_empty()) {
        if let Some(entry) = part.strip_prefix("\"[definition ") {
            let nums = entry.trim_end_matches(['"', ']']);
            match nums.split_once("-entry ") {
                Some(("1", m)) if m.parse::<usize>().is_ok_and(|m| m > 0) => {
                    p = p.index(m.parse::<usize>().unwrap_or(1) - 1);
                    continue;
                }
                _ => break,
            }
        }
        match part.parse::<usize>() {
            Ok(n) => p = p.index(n),
            Err(_) => p.0.extend(OptionPath::parse(part.trim_matches('"')).0),
        }
    }
    p
}

/// The option path of a known message, narrowed to the list element the
/// message names when the config shows which one it is.
fn known_option(k: &Known, msg: &str, config: Option<&Value>) -> OptionPath {
    let list = OptionPath::parse(k.option);
    let Some((before, after, field)) = k.element else { return list };
    let (Some(key), Some(config)) = (between(msg, before, after), config) else { return list };
    let mut v = config;
    for a in list.attrs_only() {
        let Some(next) = v.get(a) else { return list };
        v = next;
    }
    let items = v.as_array().map_or(&[][..], Vec::as_slice);
    // For duplicates, the second occurrence is the one to change.
    let hits: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.get(field).and_then(Value::as_str) == Some(key))
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [] => list,
        [i] => list.index(*i).attr(field),
        [_, i, ..] => list.index(*i).attr(field),
    }
}

fn locate_or(
    locate: &LocateFn<'_>,
    path: &OptionPath,
    hint: Option<&Path>,
    fallback: &Location,
) -> Location {
    // The path itself, else its closest located parent.
    let mut p = Some(path.clone());
    while let Some(cur) = p {
        if cur.0.is_empty() {
            break;
        }
        if let Some(l) = locate(&cur, hint) {
            return l;
        }
        p = cur.parent();
    }
    fallback.clone()
}

/// An assertion message as a finding: under the rule that mirrors it, else
/// `failed_assertion`.
fn assertion_finding(
    msg: &str,
    vm: Option<&str>,
    config: Option<&Value>,
    locate: &LocateFn<'_>,
    fallback: &Location,
) -> Finding {
    let text = one_line(msg);
    match ASSERTIONS.iter().find(|k| k.needles.iter().all(|n| text.contains(n))) {
        Some(k) => {
            let path = known_option(k, &text, config);
            let at = locate_or(locate, &path, None, fallback);
            let mut f = finding(k.code, text, vm, Some(path), at);
            f.note("reported by a failed NixOS assertion");
            f
        }
        None => {
            // NixOS' own assertions often name the option; else point at
            // the module's own `assertions`, if it has some.
            let path = quoted(&text, "option definition `")
                .or_else(|| quoted(&text, "option `"))
                .map_or_else(|| OptionPath::parse("assertions"), option_path);
            let at = locate_or(locate, &path, None, fallback);
            finding("VM005", text, vm, Some(path), at)
        }
    }
}

/// Findings for what evaluating a VM produced (failed assertions,
/// warnings, the runner's error) that the VM rules have not reported
/// already; `rule_findings` are the VM rules' findings (for all VMs).
pub fn evaluation_findings(
    ev: &Evaluated<'_>,
    rule_findings: &[Finding],
    locate: &LocateFn<'_>,
    fallback: &Location,
) -> Vec<Finding> {
    let mine: Vec<&Finding> =
        rule_findings.iter().filter(|f| f.vm.as_deref() == Some(ev.vm)).collect();
    let reported = |code: &str| mine.iter().any(|f| f.code == code);
    let vm = Some(ev.vm);
    let mut out = Vec::new();
    for msg in ev.failed_assertions {
        let f = assertion_finding(msg, vm, ev.config, locate, fallback);
        if f.code == "VM005" || !reported(f.code) {
            out.push(f);
        }
    }
    for msg in ev.warnings {
        let text = one_line(msg);
        let k = WARNINGS.iter().find(|k| k.needles.iter().all(|n| text.contains(n)));
        if let Some(k) = k
            && reported(k.code)
        {
            continue;
        }
        // A mirrored warning keeps its rule's code unless that rule is an
        // error (forwarded ports: the assertion is the error).
        let code = k
            .filter(|k| find_rule(k.code).is_some_and(|r| r.meta().severity == Severity::Warning))
            .map_or("VM007", |k| k.code);
        // Unknown warnings most likely come from the module's own `warnings`.
        let path = OptionPath::parse(k.map_or("warnings", |k| k.option));
        let at = locate_or(locate, &path, None, fallback);
        out.push(finding(code, text, vm, Some(path), at));
    }
    if let Some((msg, option)) = ev.runner_error {
        // A VM rule that reports an error explains why the runner fails.
        let explained = mine.iter().any(|f| f.severity == Severity::Error)
            || out.iter().any(|f| f.severity == Severity::Error);
        if !explained {
            let path = option.map(option_path);
            let at =
                path.as_ref().map_or(fallback.clone(), |p| locate_or(locate, p, None, fallback));
            let text = without_position(msg);
            let mut f = finding("VM006", one_line(text), vm, path, at);
            if msg.contains("\n\nat ") {
                f.note("raised inside microvm.nix's runner, not by a `throw` of its own");
            }
            out.push(f);
        }
    }
    out
}

/// The file a module-system message names as a definition's
/// (`- In `FILE': value`).
fn definition_file(msg: &str) -> Option<PathBuf> {
    quoted(msg, "- In `").map(PathBuf::from)
}

/// The values a module-system message lists (`- In `FILE': value`), as
/// `value` lines.
fn definition_values(msg: &str) -> Vec<String> {
    msg.lines()
        .filter_map(|l| l.trim_start().strip_prefix("- In `"))
        .filter_map(|l| l.split_once("': ").map(|(_, v)| v.trim().to_string()))
        .collect()
}

/// The option of an "option does not exist" error outside `microvm.*`:
/// vmcmd's NixOS model declares only what microvm.nix uses, so such an
/// option may well exist in NixOS, and the VM cannot be evaluated.
pub fn undeclared_outside_model(message: &str) -> Option<&str> {
    let msg = message.trim_start();
    let option = quoted(msg, "The option `").filter(|_| msg.contains("' does not exist"))?;
    (!option.starts_with("microvm.")).then_some(option)
}

/// Findings for an evaluation that failed as a whole (the module system
/// or NixOS' assertions abort it), or `None` when the message is none of
/// theirs (a plain evaluation error: report it as `eval_error`).
pub fn failure_findings(
    message: &str,
    vm: Option<&str>,
    locate: &LocateFn<'_>,
    fallback: &Location,
) -> Option<Vec<Finding>> {
    let msg = without_position(message.trim_start());
    if let Some(list) = msg.strip_prefix("Failed assertions:") {
        let items: Vec<&str> = list
            .split("\n- ")
            .map(|s| s.trim().trim_start_matches("- "))
            .filter(|s| !s.is_empty())
            .collect();
        return Some(
            items.into_iter().map(|m| assertion_finding(m, vm, None, locate, fallback)).collect(),
        );
    }
    let file = definition_file(msg);
    let values = definition_values(msg);
    let value_note = |f: &mut Finding| {
        if let [v] = values.as_slice() {
            f.note(format!("the definition's value: {v}"));
        }
    };
    if let Some(option) = quoted(msg, "A definition for option `") {
        let ty = quoted(msg, "is not of type `").unwrap_or("?");
        let code = TYPED.iter().find(|(o, _)| *o == option).map_or("VM003", |(_, c)| c);
        let path = option_path(option);
        let at = locate_or(locate, &path, file.as_deref(), fallback);
        let mut f = finding(code, format!("`{path}` is not of type `{ty}`"), vm, Some(path), at);
        value_note(&mut f);
        return Some(vec![f]);
    }
    let option = quoted(msg, "The option `")?;
    let path = option_path(option);
    let at = locate_or(locate, &path, file.as_deref(), fallback);
    if msg.contains("' does not exist") {
        let mut f =
            finding("VM004", format!("the option `{path}` does not exist"), vm, Some(path), at);
        if let Some(dym) = msg.split("Did you mean ").nth(1) {
            let dym = dym.trim().trim_end_matches('?').replace('\'', "`");
            f.help(format!("did you mean {dym}?"));
        }
        return Some(vec![f]);
    }
    let what = msg.split_once("' ").map_or(msg, |(_, rest)| rest);
    let what = one_line(what.lines().next().unwrap_or(what)).trim_end_matches(':').to_string();
    let mut f = finding("VM003", format!("the option `{path}` {what}"), vm, Some(path), at);
    value_note(&mut f);
    Some(vec![f])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(file: &str, line: u32) -> Location {
        Location { file: file.into(), line, column: 3 }
    }

    #[test]
    fn failures_are_classified_and_located() {
        let locate = |p: &OptionPath, hint: Option<&Path>| {
            (p.to_string() == "microvm.vcpu" || p.to_string() == "microvm.ballon")
                .then(|| at(hint.map_or("vm.nix", |h| h.to_str().unwrap()), 4))
        };
        let fallback = at("vm.nix", 1);
        let fs = failure_findings(
            "A definition for option `microvm.vcpu' is not of type `positive integer, meaning >0'. Definition values:\n- In `/x/vm.nix': 0",
            Some("vm"),
            &locate,
            &fallback,
        )
        .unwrap();
        assert_eq!(fs[0].code, "VM117");
        assert_eq!(fs[0].message, "`microvm.vcpu` is not of type `positive integer, meaning >0`");
        assert_eq!(fs[0].location, Some(at("/x/vm.nix", 4)));
        assert_eq!(fs[0].notes, ["the definition's value: 0"]);
        let fs = failure_findings(
            "The option `microvm.ballon' does not exist. Definition values:\n- In `/x/vm.nix': true\n\nDid you mean `microvm.balloon', `microvm.alioth' or `microvm.balloonMem'?",
            None,
            &locate,
            &fallback,
        )
        .unwrap();
        assert_eq!(fs[0].code, "VM004");
        assert_eq!(
            fs[0].help.as_deref(),
            Some("did you mean `microvm.balloon`, `microvm.alioth` or `microvm.balloonMem`?")
        );
        let fs = failure_findings(
            "\nFailed assertions:\n- MicroVM a: interface name this-is-way-too-long is longer than the\nthe maximum length of 15 characters on Linux.\n\n- something else",
            None,
            &locate,
            &fallback,
        )
        .unwrap();
        assert_eq!(fs.iter().map(|f| f.code).collect::<Vec<_>>(), ["VM104", "VM005"]);
        assert_eq!(fs[1].location, Some(fallback.clone()));
        assert!(failure_findings("undefined variable 'x'", None, &locate, &fallback).is_none());
        let fs = failure_findings(
            "The option `microvm.mem' has conflicting definition values:\n- In `a': 1\n- In `b': 2",
            None,
            &locate,
            &fallback,
        )
        .unwrap();
        assert_eq!(fs[0].code, "VM003");
        assert_eq!(fs[0].message, "the option `microvm.mem` has conflicting definition values");
    }

    #[test]
    fn module_system_paths() {
        let p = |s: &str| option_path(s).to_string();
        assert_eq!(p("microvm.shares.0.proto"), "microvm.shares[0].proto");
        assert_eq!(
            p("microvm.interfaces.\"[definition 1-entry 2]\".mac"),
            "microvm.interfaces[1].mac"
        );
        assert_eq!(p("microvm.interfaces.\"[definition 2-entry 1]\".mac"), "microvm.interfaces");
        assert_eq!(p("microvm.cloud-hypervisor.extraArgs"), "microvm.cloud-hypervisor.extraArgs");
    }

    #[test]
    fn mirrored_messages_are_not_repeated() {
        let fallback = at("vm.nix", 1);
        let none = |_: &OptionPath, _: Option<&Path>| None;
        let config = serde_json::json!({ "microvm": { "interfaces": [ { "id": "a" }, { "id": "this-is-way-too-long" } ] } });
        let asserts = ["MicroVM a: interface name this-is-way-too-long is longer than the\nthe maximum length of 15 characters on Linux.\n".to_string()];
        let warnings = ["QEMU hangs if memory is exactly 2GB\n\n<https://github.com/microvm-nix/microvm.nix/issues/171>".to_string(), "something new".to_string()];
        let ev = Evaluated {
            vm: "a",
            config: Some(&config),
            failed_assertions: &asserts,
            warnings: &warnings,
            runner_error: Some(("boom", Some("microvm.shares.0.proto"))),
        };
        let fs = evaluation_findings(&ev, &[], &none, &fallback);
        let codes: Vec<(&str, String)> = fs
            .iter()
            .map(|f| (f.code, f.option.as_ref().unwrap_or(&OptionPath::default()).to_string()))
            .collect();
        assert_eq!(
            codes,
            [
                ("VM104", "microvm.interfaces[1].id".to_string()),
                ("VM205", "microvm.mem".to_string()),
                ("VM007", "warnings".to_string()),
            ]
        );
        // Reported by the rules already: only the new warning and the
        // runner's error remain.
        let rules = vec![fs[1].clone()];
        let ev = Evaluated { failed_assertions: &[], ..ev };
        let fs = evaluation_findings(&ev, &rules, &none, &fallback);
        let codes: Vec<&str> = fs.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["VM007", "VM006"]);
        assert_eq!(fs[1].option.as_ref().unwrap().to_string(), "microvm.shares[0].proto");
    }
}
