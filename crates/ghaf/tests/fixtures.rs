//! Ghaf-shaped fixture checkouts (`fixtures/ghaf/<name>/`, small trees
//! written for vmcmd's tests) against what the real oracle computed for
//! them (`fixtures/ghaf/<name>-expected/<vm>-<profile>.json`: real Nix 2.8,
//! real microvm.nix 71beea0 and nixpkgs lib, `oracle.py ghaf` with
//! `GHAF_SRC=fixtures/ghaf/<name>`). vmcmd must list exactly the VMs the
//! oracle evaluated, and for each VM and profile reproduce the evaluated
//! `config` and every script and file of the runner, as
//! `vmcmd show fixtures/ghaf/<name> --vm VM --profile PROFILE` does.
//!
//! Unlike `oracle.rs` this needs nothing outside the repository and
//! always runs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Layout, Options};
use vmcmd_microvm::oracle::compare_evaluation;
use vmcmd_microvm::vm::evaluate;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/ghaf")
}

/// `(checkout, expected files)` for every `<name>-expected` directory.
fn fixtures() -> Vec<(PathBuf, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures/ghaf")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir() && p.file_name().is_some_and(|n| n.to_string_lossy().ends_with("-expected"))
        })
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let tree = fixtures_dir().join(name.strip_suffix("-expected").unwrap());
        assert!(tree.is_dir(), "{} has no sibling checkout {}", dir.display(), tree.display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{} holds no <vm>-<profile>.json", dir.display());
        out.push((tree, files));
    }
    out
}

/// `net-vm-debug` → `("net-vm", "debug")`.
fn vm_and_profile(file: &Path) -> (String, String) {
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let (vm, profile) = stem.rsplit_once('-').expect("<vm>-<profile>.json");
    (vm.to_string(), profile.to_string())
}

fn check_vm(ev: &mut Evaluator, checkout: &Checkout, file: &Path, verbose: bool) -> Vec<String> {
    let (vm, profile) = vm_and_profile(file);
    let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let opts = Options { profile, ..Options::default() };
    let source = checkout.vm_source(ev, &opts, &vm);
    match evaluate(ev, &source) {
        Err(e) => vec![format!("  evaluation failed: {}", e.message)],
        Ok(result) => compare_evaluation(&case, &result, verbose),
    }
}

#[test]
fn ghaf_fixtures_match_the_oracle() {
    let fixtures = fixtures();
    assert!(!fixtures.is_empty(), "no fixtures/ghaf/*-expected directories");
    let verbose = std::env::var_os("ORACLE_VERBOSE").is_some();
    let report = vmcmd_eval::run_with_big_stack(move || {
        let mut settings = Settings::default();
        vmcmd_ghaf::install(&mut settings);
        let mut ev = Evaluator::new(settings);
        let mut problems = Vec::new();
        let mut passed = 0;
        for (tree, files) in &fixtures {
            let name = tree.file_name().unwrap().to_string_lossy().into_owned();
            let checkout = match Checkout::open(tree) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(format!("{name}: cannot open: {e}"));
                    continue;
                }
            };
            if checkout.layout != Layout::Composition {
                problems.push(format!("{name}: layout {:?}, not composition", checkout.layout));
                continue;
            }
            // the host's VMs are exactly the ones the oracle evaluated
            let expected: BTreeSet<String> = files.iter().map(|f| vm_and_profile(f).0).collect();
            for profile in files.iter().map(|f| vm_and_profile(f).1).collect::<BTreeSet<_>>() {
                let opts = Options { profile: profile.clone(), ..Options::default() };
                match checkout.vms(&mut ev, &opts) {
                    Ok(vms) => {
                        let listed: BTreeSet<String> = vms.into_iter().map(|(n, _)| n).collect();
                        if listed != expected {
                            problems.push(format!(
                                "{name} ({profile}): vmcmd lists {listed:?}, the oracle has {expected:?}"
                            ));
                        }
                    }
                    Err(e) => problems.push(format!("{name} ({profile}): listing: {}", e.message)),
                }
            }
            for file in files {
                let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
                let mine = check_vm(&mut ev, &checkout, file, verbose);
                if mine.is_empty() {
                    passed += 1;
                } else {
                    problems.push(format!("{name}/{stem}: FAILED\n{}", mine.join("\n")));
                }
            }
        }
        println!("ghaf fixtures: {passed} passed, {} failed", problems.len());
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The fixture checkouts' real targets (`--target`): every
/// `fixtures/ghaf/<name>-targets/<target>/<vm>.json` is what the oracle's
/// target extension (`tests/ghaf-oracle/targets/`) computed with real Nix
/// for that VM of `nixosConfigurations.<target>` of `fixtures/ghaf/<name>`;
/// vmcmd must list exactly those VMs and reproduce each one's `config` and
/// runner.
#[test]
fn fixture_targets_match_the_oracle() {
    let mut sets: Vec<(PathBuf, String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures/ghaf").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(tree) = name.strip_suffix("-targets") else { continue };
        for t in std::fs::read_dir(entry.path()).unwrap().flatten() {
            sets.push((
                fixtures_dir().join(tree),
                t.file_name().to_string_lossy().into_owned(),
                t.path(),
            ));
        }
    }
    sets.sort();
    assert!(!sets.is_empty(), "no fixtures/ghaf/<name>-targets/<target>/ directories");
    let report = vmcmd_eval::run_with_big_stack(move || {
        let mut problems = Vec::new();
        let mut passed = 0;
        for (tree, target, dir) in sets {
            let checkout = Checkout::open(&tree).expect("checkout");
            let mut settings = Settings::default();
            vmcmd_ghaf::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let opts = Options { target: Some(target.clone()), ..Options::default() };
            let mut expected: Vec<String> = std::fs::read_dir(&dir)
                .unwrap()
                .flatten()
                .filter_map(|e| {
                    e.file_name().to_string_lossy().strip_suffix(".json").map(str::to_string)
                })
                .collect();
            expected.sort();
            let listed: Vec<String> = match checkout.vms(&mut ev, &opts) {
                Ok(v) => v.into_iter().map(|(n, _)| n).collect(),
                Err(e) => {
                    problems.push(format!("{target}: listing failed: {}", e.message));
                    continue;
                }
            };
            if listed != expected {
                problems.push(format!("{target}: lists {listed:?}, the oracle has {expected:?}"));
            }
            for vm in &expected {
                let case: Value = serde_json::from_str(
                    &std::fs::read_to_string(dir.join(format!("{vm}.json"))).unwrap(),
                )
                .unwrap();
                let source = checkout.vm_source(&mut ev, &opts, vm);
                let mine = match evaluate(&mut ev, &source) {
                    Err(e) => vec![format!("  evaluation failed: {}", e.message)],
                    Ok(result) => compare_evaluation(&case, &result, false),
                };
                if mine.is_empty() {
                    passed += 1;
                } else {
                    problems.push(format!("{target} {vm}: FAILED\n{}", mine.join("\n")));
                }
            }
        }
        println!("ghaf fixture targets: {passed} passed, {} failed", problems.len());
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
