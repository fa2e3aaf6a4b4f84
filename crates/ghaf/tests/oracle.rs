//! The oracle's real-Ghaf results reproduced by vmcmd from the checkout
//! itself, as `vmcmd show CHECKOUT --vm VM --profile PROFILE` does: the
//! evaluated `config` and every script of the runner must be equal.
//!
//! * `tests/oracle/ghaf/expected/<vm>-<profile>.json`: the shared oracle's
//!   results for Ghaf HEAD 9a37dc8c2 (generic laptop host);
//! * `tests/ghaf-oracle/<tag>@71beea0/<vm>-<profile>.json`: the same for
//!   release tags (see that directory's README);
//! * `tests/ghaf-oracle/targets-<rev12>/<target>/<vm>.json`: every VM of
//!   some real targets (`--target`), from the oracle extension in
//!   `tests/ghaf-oracle/targets/`, with the microvm.nix revision the
//!   checkout pins (the epoch vmcmd picks from `flake.lock`);
//! * `tests/ghaf-oracle/targets-<rev12>@71beea0/…`: the same computed with
//!   microvm.nix 71beea0 whatever the checkout pins, compared with
//!   `--microvm 71beea0` (how Ghaf's modules of every release evaluate
//!   under today's microvm.nix);
//! * `tests/epochs/expected/ghaf-*.json` (located by `tests/epochs/ghaf.json`):
//!   the 2023 releases' VMs from the oracle's `epochs/` front-end, real Nix
//!   with the microvm.nix and nixpkgs lib those tags pin.
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

/// One group of expected results.
struct Set {
    name: String,
    /// Ghaf revision (first 12 hex digits).
    rev: &'static str,
    /// (case file, VM name) pairs.
    cases: Vec<(PathBuf, String)>,
    /// `--target`; `None`: the generic host (cases named `<vm>-<profile>`).
    target: Option<String>,
    /// `--microvm`; `None`: what the checkout pins.
    microvm: Option<&'static str>,
}

fn dir_cases(dir: &Path) -> Vec<(PathBuf, String)> {
    json_files(dir)
        .into_iter()
        .map(|f| {
            let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
            (f, stem)
        })
        .collect()
}

fn sets() -> Vec<Set> {
    let mut sets = vec![
        Set {
            name: "HEAD".into(),
            rev: "9a37dc8c2ed1",
            cases: dir_cases(&repo().join("tests/oracle/ghaf/expected")),
            target: None,
            microvm: None,
        },
        Set {
            name: "ghaf-26.07.1 --microvm 71beea0".into(),
            rev: "f287f540d878",
            cases: dir_cases(&repo().join("tests/ghaf-oracle/ghaf-26.07.1@71beea0")),
            target: None,
            microvm: Some("71beea0"),
        },
    ];
    for (rev, label) in REVISIONS {
        for (suffix, microvm) in [("", None), ("@71beea0", Some("71beea0"))] {
            let targets = repo().join(format!("tests/ghaf-oracle/targets-{rev}{suffix}"));
            let mut names: Vec<String> = std::fs::read_dir(&targets)
                .map(|d| {
                    d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()
                })
                .unwrap_or_default();
            names.sort();
            for t in names {
                let how = microvm.map_or(String::new(), |m| format!(" --microvm {m}"));
                sets.push(Set {
                    name: format!("{label} --target {t}{how}"),
                    rev,
                    cases: dir_cases(&targets.join(&t)),
                    target: Some(t),
                    microvm,
                });
            }
        }
    }
    // the 2023 epochs: one set per (revision, target)
    let index: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/epochs/ghaf.json"))
            .expect("tests/epochs/ghaf.json"),
    )
    .expect("ghaf.json");
    for (case, at) in index["cases"].as_object().expect("cases") {
        let rev = REVISIONS
            .iter()
            .map(|(r, _)| *r)
            .find(|r| at["ghaf_rev"].as_str() == Some(r))
            .expect("a fetched revision");
        let target = at["target"].as_str().expect("target").to_owned();
        let name =
            format!("{} --target {target} (pinned epoch)", at["tag"].as_str().unwrap_or(rev));
        // a release variant compares with its debug case (`expected`)
        let expected = at["expected"].as_str().unwrap_or(case);
        let file = repo().join(format!("tests/epochs/expected/{expected}.json"));
        let vm = at["vm"].as_str().expect("vm").to_owned();
        match sets.iter_mut().find(|s| s.name == name) {
            Some(s) => s.cases.push((file, vm)),
            None => sets.push(Set {
                name,
                rev,
                cases: vec![(file, vm)],
                target: Some(target),
                microvm: None,
            }),
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
        for Set { name, rev, cases, target, microvm } in sets() {
            if target.is_none() {
                assert_eq!(cases.len(), 8, "{name}: 4 VMs x 2 profiles");
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
            for (file, stem) in &cases {
                // the generic host: <vm>-<profile>.json; a target: the VM
                let (vm, profile) = match target {
                    Some(_) => (stem.as_str(), "debug"),
                    None => stem.rsplit_once('-').expect("<vm>-<profile>.json"),
                };
                let case: Value =
                    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
                let opts = Options {
                    profile: profile.into(),
                    target: target.clone(),
                    microvm: microvm.map(str::to_owned),
                    // with today's microvm.nix, today's package versions
                    nixpkgs: microvm.map(|_| "26.05".to_owned()),
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
                    problems.push(format!("{name} {vm}: FAILED\n{}", mine.join("\n")));
                }
            }
            summary.push(format!("{name}: {passed}/{}", cases.len()));
        }
        println!("ghaf oracle: {}", summary.join(", "));
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// Each release tag's checkout picks, from its own `flake.lock`, the
/// microvm.nix revision it pins (what `vmcmd list` prints as `# epoch:`).
#[test]
fn every_tag_picks_the_epoch_it_pins() {
    let Some(root) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(), "VMCMD_GHAF_CHECKOUTS unset");
        println!("ghaf epochs: skipped (set VMCMD_GHAF_CHECKOUTS)");
        return;
    };
    let expected = [
        ("9a37dc8c2ed1", "71beea0"),
        ("f287f540d878", "c5a04bc"),
        ("ea918e1acfdb", "5bbc126"),
        ("fd31a80bd525", "470537e"),
        ("a8496da812f3", "03e7f11"),
        ("63c9f17d62bd", "d578ed4"),
    ];
    for (rev, short) in expected {
        let checkout = Checkout::open(&PathBuf::from(&root).join(rev)).expect("checkout");
        let epoch = checkout.epoch(&Options::default());
        assert_eq!(epoch.revision().short, short, "{rev}: {}", epoch.describe());
        assert!(epoch.notes.is_empty(), "{rev}: no fallback: {:?}", epoch.notes);
        assert!(epoch.describe().starts_with(&format!("microvm.nix {short} (")));
    }
}
