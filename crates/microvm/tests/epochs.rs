//! Runner epochs against real Nix: every standalone case of
//! `tests/epochs/expected/` (the project oracle's `epochs/` front-end:
//! real Nix 2.8 evaluating the 2023 microvm.nix revisions with the nixpkgs
//! lib of their time) is evaluated by vmcmd for the revision and nixpkgs
//! release the case records, as `vmcmd show FILE --microvm REV --nixpkgs
//! RELEASE` does, and must give the same scripts, runner package and
//! configuration. The Ghaf cases of that directory are checked by
//! `crates/ghaf/tests/oracle.rs` on real checkouts.
//!
//! `EPOCH_CASE=<substring>` restricts the run; `EPOCH_VERBOSE=1` prints
//! whole texts and configurations.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_microvm::Epoch;
use vmcmd_microvm::oracle::compare_evaluation;
use vmcmd_microvm::vm::{VmSource, evaluate, install};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The epoch a case was generated for, from its `epoch` record and the
/// profile table of `_epochs.json`.
fn epoch_of(case: &Value, profiles: &Value) -> Epoch {
    let e = &case["epoch"];
    let profile = &profiles[e["profile"].as_str().unwrap_or_default()];
    let table = profile["mock_table"].as_str().unwrap_or_default();
    let release = match table {
        "2211" => "22.11",
        "2305" => "23.05",
        other => panic!("unknown mock table {other}"),
    };
    let mut epoch =
        Epoch::select(e["microvm_rev"].as_str().unwrap_or_default(), None, Some(release))
            .expect("a modelled revision");
    epoch.version_suffix = profile["nixos_version_suffix"].as_str().map(str::to_owned);
    epoch
}

#[test]
fn standalone_cases_match_real_nix_of_their_epoch() {
    let dir = repo().join("tests/epochs");
    let profiles = read_json(&dir.join("expected/_epochs.json"))["profiles"].clone();
    let filter = std::env::var("EPOCH_CASE").ok();
    let verbose = std::env::var_os("EPOCH_VERBOSE").is_some();
    let mut report = String::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("cases")).expect("tests/epochs/cases") {
        let file = entry.expect("entry").path();
        let Some(name) = file.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let case = read_json(&dir.join(format!("expected/{name}.json")));
        let epoch = epoch_of(&case, &profiles);
        let system = case["system"].as_str().unwrap_or("x86_64-linux").to_owned();
        let case2 = case.clone();
        let problems = vmcmd_eval::run_with_big_stack(move || {
            let mut settings = Settings { cwd: repo(), ..Settings::default() };
            install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let source = VmSource::file(&file, &system).with_epoch(epoch);
            match evaluate(&mut ev, &source) {
                Ok(vm) => compare_evaluation(&case2, &vm, verbose),
                Err(e) => vec![format!("  evaluation failed: {}", e.message)],
            }
        });
        checked += 1;
        if !problems.is_empty() {
            report.push_str(&format!("{name}:\n{}\n", problems.join("\n")));
        }
    }
    assert!(checked > 0 || filter.is_some(), "no cases in tests/epochs/cases");
    assert!(report.is_empty(), "epoch cases differ from real Nix:\n{report}");
}
