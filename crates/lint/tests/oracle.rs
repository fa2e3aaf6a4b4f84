//! The rules against microvm.nix itself: every case of the differential
//! oracle (`tests/oracle/expected/*.json`, produced by real Nix and
//! microvm.nix) becomes [`VmFacts`] from its evaluated `config`, located in
//! its case file with a [`TextLocator`], and is linted:
//!
//! - a case microvm.nix rejects (an `error_kind`, or failed assertions)
//!   must get at least one error located in the case file, unless it is
//!   listed in `oracle-undecidable.txt` with the reason (a listed case
//!   must stay undetected, so the list cannot go stale);
//! - every warning microvm.nix prints must come out as the matching rule;
//! - an accepted case must get no errors.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_diagnostics::Severity;
use vmcmd_lint::facts::TextLocator;
use vmcmd_lint::{Finding, VmFacts, check_host};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// microvm.nix warning texts and the rule that mirrors each.
const WARNINGS: [(&str, &str); 8] = [
    ("QEMU hangs if memory is exactly 2GB", "VM205"),
    ("cloud-hypervisor supports systemd-notify via vsock", "VM206"),
    ("is uncomfortably narrow", "VM114"),
    ("Optimising the nix store is not recommended", "VM115"),
    ("Volume serial is not supported", "VM203"),
    ("Volume direct is not supported", "VM203"),
    ("Volume is not automatically labeled", "VM118"),
    ("forwardPortsOptions only running with user network", "VM109"),
];

fn undecidable() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle-undecidable.txt"),
    )
    .expect("oracle-undecidable.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (case, reason) = l.split_once('\t').unwrap_or((l, ""));
            assert!(!reason.trim().is_empty(), "{case}: give a reason");
            (case.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

fn facts(case: &str, doc: &Value) -> Option<VmFacts> {
    let config = doc.get("config")?.clone();
    if !config.is_object() {
        return None;
    }
    let file = PathBuf::from(format!("tests/oracle/cases/{case}.nix"));
    let text = std::fs::read_to_string(root().join(&file)).ok()?;
    let name = doc.get("hostName").and_then(Value::as_str).unwrap_or(case).to_string();
    let system = doc.get("system").and_then(Value::as_str).unwrap_or("x86_64-linux").to_string();
    let host = doc.get("vm_host_system").and_then(Value::as_str).map(str::to_string);
    Some(VmFacts::new(name, system, host, config, Box::new(TextLocator { file, text })))
}

fn show(fs: &[Finding]) -> String {
    fs.iter()
        .map(|f| {
            let at = f
                .location
                .as_ref()
                .map_or(String::new(), |l| format!(" @{}:{}", l.file.display(), l.line));
            format!(
                "  {} {} [{}]{at}: {}",
                f.code,
                f.severity.as_str(),
                f.option.as_ref().map_or(String::new(), ToString::to_string),
                f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn oracle_cases() {
    let undecidable = undecidable();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root().join("tests/oracle/expected"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    cases.sort();
    assert!(cases.len() >= 50, "oracle cases missing");
    let mut problems = Vec::new();
    let (mut rejected_ok, mut accepted_ok, mut warned_ok) = (0, 0, 0);
    for path in &cases {
        let case = path.file_stem().unwrap().to_string_lossy().to_string();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let kind = doc.get("error_kind").and_then(Value::as_str);
        let failed =
            doc.get("failed_assertions").and_then(Value::as_array).is_some_and(|a| !a.is_empty());
        let rejected = kind.is_some() || failed;
        let listed = undecidable.iter().any(|(c, _)| *c == case);
        let findings = facts(&case, &doc).map(|f| check_host(&[f])).unwrap_or_default();
        let case_file = PathBuf::from(format!("tests/oracle/cases/{case}.nix"));
        let errors: Vec<&Finding> =
            findings.iter().filter(|f| f.severity == Severity::Error).collect();
        let located =
            errors.iter().any(|f| f.location.as_ref().is_some_and(|l| l.file == case_file));
        if rejected {
            match (listed, located) {
                (false, true) => rejected_ok += 1,
                (true, false) if errors.is_empty() => rejected_ok += 1,
                (false, false) => problems.push(format!(
                    "{case}: microvm.nix rejects it ({}), but no error located in the case file:\n{}",
                    kind.unwrap_or("assertion"),
                    show(&findings)
                )),
                (true, _) => problems.push(format!(
                    "{case}: listed as undecidable but detected; remove it from oracle-undecidable.txt:\n{}",
                    show(&findings)
                )),
            }
        } else if !errors.is_empty() {
            problems.push(format!(
                "{case}: accepted by microvm.nix but linted with errors:\n{}",
                show(&findings)
            ));
        } else {
            accepted_ok += 1;
            if listed {
                problems.push(format!("{case}: accepted, must not be in oracle-undecidable.txt"));
            }
        }
        for w in doc.get("warnings").and_then(Value::as_array).into_iter().flatten() {
            let text = w.as_str().unwrap_or_default();
            let Some((_, code)) = WARNINGS.iter().find(|(needle, _)| text.contains(needle)) else {
                problems.push(format!("{case}: no rule mirrors the warning {text:?}"));
                continue;
            };
            if findings.iter().any(|f| f.code == *code) {
                warned_ok += 1;
            } else {
                problems.push(format!(
                    "{case}: microvm.nix warns {text:?} but {code} is missing:\n{}",
                    show(&findings)
                ));
            }
        }
    }
    for (case, _) in &undecidable {
        if !cases.iter().any(|p| p.file_stem().is_some_and(|s| s.to_string_lossy() == *case)) {
            problems.push(format!("oracle-undecidable.txt lists {case}, which is no oracle case"));
        }
    }
    println!(
        "oracle lint: {} cases; {rejected_ok} rejected cases ok, {accepted_ok} accepted clean, {warned_ok} warnings matched; {} problems",
        cases.len(),
        problems.len()
    );
    for p in &problems {
        eprintln!("{p}\n");
    }
    assert!(problems.is_empty(), "{} oracle cases disagree", problems.len());
}

/// Prints what every case gets (`cargo test --test oracle -- --nocapture dump`).
#[test]
fn dump() {
    if std::env::var_os("LINT_DUMP").is_none() {
        return;
    }
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root().join("tests/oracle/expected"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    cases.sort();
    for path in cases {
        let case = path.file_stem().unwrap().to_string_lossy().to_string();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let findings = facts(&case, &doc).map(|f| check_host(&[f])).unwrap_or_default();
        println!("{case}:\n{}", show(&findings));
    }
}

/// Ghaf's VMs (`tests/oracle/ghaf/expected/*.json`, evaluated from Ghaf's
/// HEAD): microvm.nix accepts all of them, so no rule may report an error,
/// neither per VM nor across the VMs of one build variant (one host).
#[test]
fn ghaf_vms_have_no_false_errors() {
    let dir = root().join("tests/oracle/ghaf/expected");
    let mut variants: std::collections::BTreeMap<String, Vec<VmFacts>> = Default::default();
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let case = path.file_stem().unwrap().to_string_lossy().to_string();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(
            doc.get("error_kind").is_none_or(Value::is_null),
            "{case} is rejected by microvm.nix"
        );
        let config = doc["config"].clone();
        let name = doc.get("hostName").and_then(Value::as_str).unwrap_or(&case).to_string();
        let system = doc["system"].as_str().unwrap_or("x86_64-linux").to_string();
        let host = doc.get("vm_host_system").and_then(Value::as_str).map(str::to_string);
        let variant = case.rsplit('-').next().unwrap_or("").to_string();
        let vm = VmFacts::new(name, system, host, config, Box::new(vmcmd_lint::facts::NoLocations));
        variants.entry(variant).or_default().push(vm);
    }
    assert_eq!(
        variants.values().map(Vec::len).sum::<usize>(),
        8,
        "expected Ghaf's 8 VM configurations"
    );
    for (variant, vms) in &variants {
        let findings = check_host(vms);
        println!("ghaf {variant}:\n{}", show(&findings));
        let errors: Vec<Finding> =
            findings.into_iter().filter(|f| f.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "false errors on Ghaf {variant}:\n{}", show(&errors));
    }
}
