//! The oracle's real-Ghaf results (`tests/oracle/ghaf/expected/<vm>-<profile>.json`:
//! real Nix evaluating Ghaf 9a37dc8c2's VM modules with real microvm.nix
//! on the generic laptop host) reproduced by vmcmd from the checkout
//! itself, as `vmcmd show CHECKOUT --vm VM --profile PROFILE` does: the
//! evaluated `config` and every script and file of the runner must be
//! equal.
//!
//! Needs a Ghaf checkout at 9a37dc8c2ed13fffb81a77e836bd97d72898acc6:
//! `VMCMD_GHAF_CHECKOUT=<dir>` (`.ci/run` fetches one). Without it the test
//! says so and passes, unless `VMCMD_REQUIRE_GHAF=1`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options};
use vmcmd_microvm::oracle::compare_runner;
use vmcmd_microvm::vm::evaluate;

fn expected_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oracle/ghaf/expected")
}

#[test]
fn real_ghaf_vms_match_the_oracle() {
    let Some(dir) = std::env::var_os("VMCMD_GHAF_CHECKOUT") else {
        assert!(
            std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(),
            "VMCMD_REQUIRE_GHAF is set but VMCMD_GHAF_CHECKOUT is not"
        );
        println!("ghaf oracle: skipped (set VMCMD_GHAF_CHECKOUT to a Ghaf 9a37dc8c2 checkout)");
        return;
    };
    let verbose = std::env::var_os("ORACLE_VERBOSE").is_some();
    let checkout = Checkout::open(Path::new(&dir)).expect("checkout");
    let mut files: Vec<PathBuf> = std::fs::read_dir(expected_dir())
        .expect("expected dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "the oracle has 8 real-Ghaf results");
    let report = vmcmd_eval::run_with_big_stack(move || {
        let mut settings = Settings::default();
        vmcmd_ghaf::install(&mut settings);
        let mut ev = Evaluator::new(settings);
        let mut problems = Vec::new();
        let mut passed = 0;
        for file in &files {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let (vm, profile) = stem.rsplit_once('-').expect("<vm>-<profile>.json");
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            let opts = Options { profile: profile.into(), system: "x86_64-linux".into() };
            let source = checkout.vm_source(&mut ev, &opts, vm);
            let mut mine = Vec::new();
            match evaluate(&mut ev, &source) {
                Err(e) => mine.push(format!("  evaluation failed: {}", e.message)),
                Ok(result) => {
                    if result.config != case["config"] {
                        mine.push("  config differs".to_string());
                    }
                    if result.failed_assertions.is_empty()
                        != case["failed_assertions"].as_array().is_none_or(Vec::is_empty)
                    {
                        mine.push(format!("  failed assertions: {:?}", result.failed_assertions));
                    }
                    match &result.runner {
                        Ok(r) => mine.extend(compare_runner(&case, r, verbose)),
                        Err(e) => mine.push(format!("  runner: {}", e.message)),
                    }
                }
            }
            if mine.is_empty() {
                passed += 1;
            } else {
                problems.push(format!("{stem}: FAILED\n{}", mine.join("\n")));
            }
        }
        println!("ghaf oracle: {passed} passed, {} failed", problems.len());
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
