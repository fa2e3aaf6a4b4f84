//! `vmcmd explain` over every oracle case microvm.nix accepts: every
//! argument of `microvm-run` is traced to at least one option with a
//! value, and every definition located in the case file points at a line
//! that mentions the option (its last path component).
//! `EXPLAIN_CASE=<substring>` restricts the run.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_microvm::explain::explain_file;
use vmcmd_microvm::oracle::check_explanation;
use vmcmd_microvm::vm::install;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn settings() -> Settings {
    let mut s = Settings { cwd: repo(), ..Settings::default() };
    install(&mut s);
    s
}

/// Problems found in one case, and how many definitions were checked.
fn check_case(case: PathBuf, system: String) -> (Vec<String>, usize) {
    vmcmd_eval::run_with_big_stack(move || {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let mut ev = Evaluator::new(settings());
        let expl = match explain_file(&mut ev, &case, &system, &[]) {
            Ok(x) => x,
            Err(e) => return (vec![format!("{name}: evaluation failed: {}", e.message)], 0),
        };
        if let Some(r) = expl.vm.rejection() {
            return (vec![format!("{name}: rejected: {}", r.message)], 0);
        }
        let case_file = case.display().to_string();
        let (problems, checked) = check_explanation(&name, &expl, &|file| file == case_file);
        (problems, checked)
    })
}

#[test]
fn explain_traces_every_argument_of_every_accepted_oracle_case() {
    let filter = std::env::var("EXPLAIN_CASE").ok();
    let mut problems = Vec::new();
    let (mut cases, mut checked) = (0, 0);
    for dir in [repo().join("tests/oracle"), repo().join("crates/microvm/tests/oracle-extra")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("cases"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
                continue;
            }
            let exp_path = dir.join("expected").join(format!("{name}.json"));
            let Ok(text) = std::fs::read_to_string(&exp_path) else { continue };
            let exp: Value = serde_json::from_str(&text).unwrap();
            if exp["error"].is_string() {
                continue;
            }
            let system = exp["system"].as_str().unwrap_or("x86_64-linux").to_string();
            let (p, n) = check_case(file, system);
            cases += 1;
            checked += n;
            problems.extend(p);
        }
    }
    for p in &problems {
        eprintln!("EXPLAIN {p}");
    }
    println!("explain: {cases} cases, {checked} definitions in case files checked");
    assert!(filter.is_some() || cases > 40, "only {cases} cases");
    assert!(filter.is_some() || checked > 100, "only {checked} definitions checked");
    assert!(problems.is_empty(), "{} problems", problems.len());
}

/// The fixture with definitions at several priorities in three files:
/// winners, losers and the element each list definition contributed.
#[test]
fn explain_priorities_fixture() {
    let file = repo().join("fixtures/vms/priorities.nix");
    let expl = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        let paths = vec!["microvm.vcpu".to_string(), "microvm.socket".to_string()];
        let x = explain_file(&mut ev, &file, "x86_64-linux", &paths).unwrap();
        let summary = |path: &str| -> Vec<(String, Option<u32>, i64, bool, bool)> {
            x.options[path]
                .definitions
                .iter()
                .map(|d| {
                    let f = d.location.file.rsplit('/').next().unwrap_or_default().to_string();
                    (f, d.location.line, d.priority, d.won, d.provides_element)
                })
                .collect()
        };
        let mem = summary("microvm.mem");
        let vcpu = summary("microvm.vcpu");
        let extra1 = summary("microvm.qemu.extraArgs.1");
        let extra3 = summary("microvm.qemu.extraArgs.3");
        let socket = x.options["microvm.socket"].clone();
        let value = |p: &str| x.options[p].value.clone();
        (mem, vcpu, extra1, extra3, socket, value("microvm.mem"), value("microvm.qemu.extraArgs.3"))
    });
    let (mem, vcpu, extra1, extra3, socket, mem_value, extra3_value) = expl;
    assert_eq!(
        mem,
        vec![
            ("base.nix".into(), Some(5), 1000, false, false),
            ("priorities.nix".into(), Some(14), 100, true, false),
        ]
    );
    assert_eq!(
        vcpu,
        vec![
            ("hardening.nix".into(), Some(6), 75, false, false),
            ("base.nix".into(), Some(6), 100, false, false),
            ("priorities.nix".into(), Some(15), 50, true, false),
        ]
    );
    assert_eq!(mem_value, Some(serde_json::json!(1536)));
    // extraArgs 0-1 come from one file, 2-3 from the other.
    assert_eq!(extra1.iter().filter(|d| d.4).count(), 1);
    assert_eq!(extra3.iter().filter(|d| d.4).count(), 1);
    assert_ne!(
        extra1.iter().find(|d| d.4).map(|d| d.0.clone()),
        extra3.iter().find(|d| d.4).map(|d| d.0.clone())
    );
    assert!(extra3_value.is_some());
    // mkIf false leaves no definition; the default is used.
    assert!(socket.definitions.is_empty() && socket.default_used());
}
