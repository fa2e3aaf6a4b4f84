//! The oracle's real-Ghaf results reproduced by vmcmd from the checkout
//! itself, as `vmcmd show CHECKOUT --vm VM --profile PROFILE` does: the
//! evaluated `config` and every script of the runner must be equal.
//!
//! * `tests/oracle/ghaf/expected/<vm>-<profile>.json`: the shared oracle's
//!   results for Ghaf HEAD 9a37dc8c2 (generic laptop host);
//! * `tests/ghaf-oracle/<tag>/<vm>-<profile>.json`: the same for release
//!   tags (see that directory's README);
//! * `tests/ghaf-oracle/targets-<rev12>/<target>/<vm>.json`: every VM of
//!   some real targets (`--target`) of Ghaf HEAD and of the release tags
//!   since ghaf-23.05, from the oracle extension in
//!   `tests/ghaf-oracle/targets/`.
//!
//! Needs the checkouts: `VMCMD_GHAF_CHECKOUTS=<dir>` with one
//! subdirectory per revision named by its first 12 hex digits (`.ci/run`
//! fetches them). Without it the test says so and passes, unless
//! `VMCMD_REQUIRE_GHAF=1`; a named checkout that is missing fails.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options};
use vmcmd_microvm::oracle::compare_evaluation;
use vmcmd_microvm::vm::evaluate;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The Ghaf revisions with real-Nix target results, as `.ci/run` fetches
/// them (first 12 hex digits, what they are).
const REVISIONS: &[(&str, &str)] = &[
    ("9a37dc8c2ed1", "HEAD"),
    ("f287f540d878", "ghaf-26.07.1"),
    ("ea918e1acfdb", "ghaf-25.03"),
    ("fd31a80bd525", "ghaf-24.09"),
    ("a8496da812f3", "ghaf-23.09"),
    ("63c9f17d62bd", "ghaf-23.05"),
];

/// (name, revision prefix, directory of expected results, target)
fn sets() -> Vec<(String, &'static str, PathBuf, Option<String>)> {
    let mut sets = vec![
        ("HEAD".to_string(), "9a37dc8c2ed1", repo().join("tests/oracle/ghaf/expected"), None),
        (
            "ghaf-26.07.1".to_string(),
            "f287f540d878",
            repo().join("tests/ghaf-oracle/ghaf-26.07.1"),
            None,
        ),
    ];
    for (rev, label) in REVISIONS {
        let targets = repo().join(format!("tests/ghaf-oracle/targets-{rev}"));
        let mut names: Vec<String> = std::fs::read_dir(&targets)
            .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.sort();
        for t in names {
            sets.push((format!("{label} --target {t}"), *rev, targets.join(&t), Some(t)));
        }
    }
    sets
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn real_ghaf_vms_match_the_oracle() {
    let Some(root) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(
            std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(),
            "VMCMD_REQUIRE_GHAF is set but VMCMD_GHAF_CHECKOUTS is not"
        );
        println!(
            "ghaf oracle: skipped (set VMCMD_GHAF_CHECKOUTS, see tests/ghaf-oracle/README.md)"
        );
        return;
    };
    let verbose = std::env::var_os("ORACLE_VERBOSE").is_some();
    let root = PathBuf::from(root);
    let report = vmcmd_eval::run_with_big_stack(move || {
        let mut problems = Vec::new();
        let mut summary = Vec::new();
        for (name, rev, dir, target) in sets() {
            let files = json_files(&dir);
            if target.is_none() {
                assert_eq!(files.len(), 8, "{name}: 4 VMs x 2 profiles");
            }
            let checkout = match Checkout::open(&root.join(rev)) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(format!("{name}: checkout {rev} missing: {e}"));
                    continue;
                }
            };
            let mut settings = Settings::default();
            vmcmd_ghaf::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let mut passed = 0;
            for file in &files {
                let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
                // the generic host: <vm>-<profile>.json; a target: <vm>.json
                let (vm, profile) = match target {
                    Some(_) => (stem.as_str(), "debug"),
                    None => stem.rsplit_once('-').expect("<vm>-<profile>.json"),
                };
                let case: Value =
                    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
                let opts = Options {
                    profile: profile.into(),
                    target: target.clone(),
                    ..Options::default()
                };
                let source = checkout.vm_source(&mut ev, &opts, vm);
                let mine = match evaluate(&mut ev, &source) {
                    Err(e) => vec![format!("  evaluation failed: {}", e.message)],
                    // (removed options are findings for a checkout pinning
                    // another microvm.nix, as `vmcmd show` reports them)
                    Ok(result) => compare_evaluation(&case, &result, verbose),
                };
                if mine.is_empty() {
                    passed += 1;
                } else {
                    problems.push(format!("{name} {stem}: FAILED\n{}", mine.join("\n")));
                }
            }
            summary.push(format!("{name}: {passed}/{}", files.len()));
        }
        println!("ghaf oracle: {}", summary.join(", "));
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
