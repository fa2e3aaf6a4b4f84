//! Every rule against its fixtures: `fixtures/lint/<rule>/err/*` must
//! trigger it and `fixtures/lint/<rule>/ok/*` must not. VM and host rules
//! take facts documents (`{"vms": [...]}`, see
//! `vmcmd_lint::facts::facts_from_json`); in an `err` fixture of a VM rule
//! every VM must be reported. `syntax_error` takes `.nix` files;
//! `eval_error` needs the evaluator and is run by the CLI case
//! `tests/cli/lint-eval-error`; the rules only a real evaluation decides
//! (`invalid_definition`, `undeclared_option`, `failed_assertion`,
//! `runner_error`, `microvm_warning`) have `.nix` fixtures that
//! `tests/lint_real_vms.rs` runs through the binary.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use vmcmd_lint::facts::facts_from_json;
use vmcmd_lint::{RULES, Scope, check_host, check_syntax};
use vmcmd_syntax::{Origin, SourceDb};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/lint")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn every_rule_has_fixtures_that_behave() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for rule in RULES {
        let m = rule.meta();
        for kind in ["err", "ok"] {
            let dir = fixtures().join(m.name).join(kind);
            let ext = if m.scope == Scope::File { "nix" } else { "json" };
            let cases: Vec<PathBuf> = files(&dir)
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect();
            if cases.is_empty() {
                problems.push(format!(
                    "{}: no {kind} fixture (*.{ext}) in {}",
                    m.name,
                    dir.display()
                ));
                continue;
            }
            for case in cases {
                checked += 1;
                let text = std::fs::read_to_string(&case).unwrap();
                let shown = case.strip_prefix(fixtures()).unwrap_or(&case).display().to_string();
                match m.scope {
                    Scope::File if m.name == "syntax_error" => {
                        let mut db = SourceDb::default();
                        let f = db.add(Origin::File(case.clone()), Arc::from(text.as_str()));
                        let n = check_syntax(&db, f).len();
                        if (kind == "err") != (n > 0) {
                            problems.push(format!("{shown}: {n} syntax errors"));
                        }
                    }
                    Scope::File => {}
                    Scope::Vm | Scope::Host => {
                        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
                        let vms = facts_from_json(&doc).unwrap();
                        let findings = check_host(&vms);
                        let hit: BTreeSet<&str> = findings
                            .iter()
                            .filter(|f| f.code == m.code)
                            .filter_map(|f| f.vm.as_deref())
                            .collect();
                        let all = || {
                            findings
                                .iter()
                                .map(|f| {
                                    format!(
                                        "  {} {}: {}",
                                        f.code,
                                        f.vm.as_deref().unwrap_or(""),
                                        f.message
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join("\n")
                        };
                        if kind == "ok" && !hit.is_empty() {
                            problems.push(format!(
                                "{shown}: {} fires on an ok fixture:\n{}",
                                m.code,
                                all()
                            ));
                        }
                        if kind == "err" {
                            let missed: Vec<&str> = vms
                                .iter()
                                .map(|v| v.name.as_str())
                                .filter(|n| !hit.contains(n))
                                .collect();
                            let bad = if m.scope == Scope::Host {
                                hit.is_empty()
                            } else {
                                !missed.is_empty()
                            };
                            if bad {
                                problems.push(format!(
                                    "{shown}: {} misses {missed:?}:\n{}",
                                    m.code,
                                    all()
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    println!("lint fixtures: {checked} checked, {} problems", problems.len());
    for p in &problems {
        eprintln!("{p}\n");
    }
    assert!(problems.is_empty(), "{} fixture problems", problems.len());
}

#[test]
fn findings_are_located_through_provenance() {
    let text =
        std::fs::read_to_string(fixtures().join("removed_option/err/balloonmem-defined.json"))
            .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let findings = check_host(&facts_from_json(&doc).unwrap());
    let loc = findings.iter().find(|f| f.code == "VM113").and_then(|f| f.location.clone()).unwrap();
    assert_eq!(loc.file, Path::new("fixtures/lint/removed_option/err/balloon-mem.nix"));
    assert_eq!((loc.line, loc.column), (3, 3));
}
