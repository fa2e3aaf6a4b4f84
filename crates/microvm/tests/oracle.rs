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
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use vmcmd_microvm::oracle::compare_runner;
use vmcmd_microvm::{Input, PackageTable, generate};

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

#[test]
fn oracle() {
    let table_json = read_json(&oracle_dir().join("mock-packages.json"));
    let table = PackageTable::from_json(&table_json).expect("package table");
    let epoch = vmcmd_microvm::Epoch::current();
    let known = not_yet_passing();
    let filter = std::env::var("ORACLE_CASE").ok();
    let verbose = std::env::var_os("ORACLE_VERBOSE").is_some();
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
            epoch: &epoch,
        };
        let result = generate(&input);
        let problems: Vec<String> = match (&result, runner_throw) {
            (Ok(r), false) => compare_runner(&case, r, verbose),
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
