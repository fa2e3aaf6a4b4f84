//! vmcmd's microvm.nix guest-module model (`crates/microvm/nixos/`)
//! against the oracle: every NixOS-module case of `tests/oracle/cases/`
//! and `crates/microvm/tests/oracle-extra/cases/` is evaluated with vmcmd's
//! evaluator, its built-in lib/module system and symbolic nixpkgs, and
//! compared with what real Nix evaluating real microvm.nix produced
//! (`expected/<case>.json`): the JSON dump of all of `config.microvm`,
//! `boot.*` module lists, `fileSystems` and `networking.hostName`; the
//! failed assertions; `config.warnings`; and the module-system error of
//! rejected configurations (per evaluation part, like the oracle's
//! `part_errors`). Runner output (scripts, runner throws and warnings) is
//! `tests/oracle.rs`'s business.
//!
//! Cases listed in `tests/oracle/config-notyetpassing.txt` must keep
//! failing. `CONFIG_CASE=<substring>` restricts the run.

use vmcmd_microvm::nixos;

use serde_json::Value;
use std::path::{Path, PathBuf};
use vmcmd_eval::driver::{Input, Request, run};
use vmcmd_eval::{Evaluator, Settings};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Runner warnings (lib.warn in `lib/runners/*.nix` and `lib/volumes.nix`)
/// also land in the oracle's `warnings`; they are not `config.warnings`.
const RUNNER_WARNINGS: &[&str] = &[
    "QEMU hangs if memory is exactly 2GB",
    "cloud-hypervisor supports systemd-notify via vsock",
    "forwardPortsOptions only running with user network",
    "Volume serial is not supported for ",
    "Volume direct IO is not supported for ",
    "Volume is not automatically labeled unless autoCreate is true",
    "Will not label volume ",
];

fn is_runner_warning(w: &str) -> bool {
    RUNNER_WARNINGS.iter().any(|p| w.contains(p))
}

struct Case {
    name: String,
    path: PathBuf,
    system: String,
    expected: Value,
}

fn cases() -> Vec<Case> {
    let filter = std::env::var("CONFIG_CASE").ok();
    let mut out = Vec::new();
    for (prefix, dir) in [
        ("", repo().join("tests/oracle")),
        ("extra/", repo().join("crates/microvm/tests/oracle-extra")),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("cases"))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        files.sort();
        for path in files {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let name = format!("{prefix}{stem}");
            if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
                continue;
            }
            let exp_path = dir.join("expected").join(format!("{stem}.json"));
            let Ok(text) = std::fs::read_to_string(&exp_path) else { continue };
            let expected: Value = serde_json::from_str(&text).unwrap();
            let source = std::fs::read_to_string(&path).unwrap();
            let system = source
                .lines()
                .find_map(|l| l.strip_prefix("# oracle-system:"))
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|| "x86_64-linux".to_string());
            out.push(Case { name, path, system, expected });
        }
    }
    out
}

fn not_yet_passing() -> Vec<String> {
    std::fs::read_to_string(repo().join("tests/oracle/config-notyetpassing.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').next().unwrap_or(l).trim().to_string())
        .collect()
}

fn settings() -> Settings {
    let mut s = Settings {
        cwd: repo(),
        home: Some("/homeless-shelter".to_string()),
        ..Settings::default()
    };
    vmcmd_modules::install(&mut s);
    nixos::install(&mut s);
    s
}

/// The expression for one evaluation part: the oracle's module list
/// (stubs, microvm guest module, case, hostPlatform default) with the
/// oracle's helper arguments, viewed through `config-json.nix`.
fn expr(case: &Case, part: &str) -> String {
    format!(
        r#"let
  dir = {root};
  mockPkgsFor = system: import <nixpkgs> {{ inherit system; }};
  mock = {{
    mkPackage = system: (mockPkgsFor system).vmcmd.mkPackage;
    pkgsFor = {{ system, overlays ? [ ] }}: import <nixpkgs> {{ inherit system overlays; }};
    table = (mockPkgsFor "x86_64-linux").vmcmd.table;
  }};
  eval = import (dir + "/eval-config.nix") {{
    modules = [ {case} ];
    system = "{system}";
    specialArgs = {{ inherit mock mockPkgsFor; }};
  }};
in (import (dir + "/config-json.nix") {{ inherit (eval) config; }}){part}"#,
        root = nixos::ROOT,
        case = case.path.display(),
        system = case.system,
        part = if part.is_empty() { String::new() } else { format!(".{part}") },
    )
}

/// Evaluates one part (all of them for `""`): its JSON, or the error message with the case's
/// directory written as the oracle writes it.
fn eval_part(case: &Case, part: &str) -> Result<Value, String> {
    let req = Request {
        input: Input::Expr(expr(case, part)),
        auto_args: vec![],
        attr_path: None,
        json: true,
    };
    let case_dir = case.path.parent().unwrap().to_string_lossy().into_owned();
    let res = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        run(&mut ev, &req).map_err(|e| e.message)
    });
    match res {
        Ok(json) => Ok(serde_json::from_str(&json).unwrap()),
        Err(msg) => Err(msg.replace(&case_dir, "<case-dir>")),
    }
}

/// Nix 2.8 appends the error position ("\n\nat FILE:L:C: ...") to some
/// messages; positions in microvm.nix's files cannot agree with ours.
fn strip_position(msg: &str) -> &str {
    msg.split("\n\nat ").next().unwrap_or(msg).trim_end()
}

fn diff(what: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    if want != got {
        let w = serde_json::to_string_pretty(want).unwrap();
        let g = serde_json::to_string_pretty(got).unwrap();
        let wl: Vec<&str> = w.lines().collect();
        let gl: Vec<&str> = g.lines().collect();
        let first = wl.iter().zip(&gl).position(|(a, b)| a != b).unwrap_or(wl.len().min(gl.len()));
        let from = first.saturating_sub(3);
        out.push(format!(
            "{what} differs at line {first}:\n  want: {}\n  got:  {}",
            wl[from..(first + 4).min(wl.len())].join("\n        "),
            gl[from..(first + 4).min(gl.len())].join("\n        "),
        ));
    }
}

fn check(case: &Case) -> Vec<String> {
    let exp = &case.expected;
    let part_errors = exp["part_errors"].as_object().cloned().unwrap_or_default();
    let mut problems = Vec::new();

    // One evaluation for all parts when that works (the common case);
    // part by part otherwise, to see each part's error.
    let whole = eval_part(case, "").ok();
    let part = |name: &str, problems: &mut Vec<String>| -> Option<Value> {
        let got = match &whole {
            Some(all) => Ok(all[name].clone()),
            None => eval_part(case, name),
        };
        match (part_errors.get(name).and_then(Value::as_str), got) {
            (Some(want), Err(got)) => {
                if strip_position(want) != strip_position(&got) {
                    problems.push(format!("{name}: error differs:\n  want: {want}\n  got:  {got}"));
                }
                None
            }
            (Some(want), Ok(_)) => {
                problems.push(format!("{name}: evaluates, but the oracle failed with: {want}"));
                None
            }
            (None, Err(got)) => {
                problems.push(format!("{name}: fails: {got}"));
                None
            }
            (None, Ok(v)) => Some(v),
        }
    };

    if let Some(basic) = part("basic", &mut problems) {
        for (key, exp_key) in [
            ("hypervisor", "hypervisor"),
            ("system", "system"),
            ("vmHostSystem", "vm_host_system"),
            ("hostName", "hostName"),
        ] {
            diff(&format!("basic.{key}"), &exp[exp_key], &basic[key], &mut problems);
        }
    }

    if let Some(asserts) = part("assertions", &mut problems) {
        let failed: Vec<Value> = asserts["failed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let dir = case.path.parent().unwrap().to_string_lossy().into_owned();
                Value::String(m.as_str().unwrap_or_default().replace(&dir, "<case-dir>"))
            })
            .collect();
        diff("failed_assertions", &exp["failed_assertions"], &Value::Array(failed), &mut problems);
        let want: Vec<Value> = exp["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| !is_runner_warning(w.as_str().unwrap_or_default()))
            .cloned()
            .collect();
        diff("warnings", &Value::Array(want), &asserts["warnings"], &mut problems);
    }

    if let Some(config) = part("config", &mut problems) {
        for key in ["microvm", "boot", "fileSystems", "networking"] {
            diff(&format!("config.{key}"), &exp["config"][key], &config[key], &mut problems);
        }
    }
    problems
}

#[test]
fn config_agrees_with_oracle() {
    let known = not_yet_passing();
    let (mut passed, mut failed, mut known_failing) = (0, 0, 0);
    let mut report = Vec::new();
    let all = cases();
    assert!(!all.is_empty(), "no oracle cases found");
    for case in &all {
        let problems = check(case);
        let is_known = known.contains(&case.name);
        match (problems.is_empty(), is_known) {
            (true, false) => passed += 1,
            (false, true) => known_failing += 1,
            (true, true) => {
                failed += 1;
                report.push(format!(
                    "{}: passes now; remove it from tests/oracle/config-notyetpassing.txt",
                    case.name
                ));
            }
            (false, false) => {
                failed += 1;
                report.push(format!("{}:\n  {}", case.name, problems.join("\n  ")));
            }
        }
    }
    println!("config: {passed} passed, {failed} failed ({known_failing} known failing)");
    assert!(report.is_empty(), "config mismatches:\n{}", report.join("\n"));
}
