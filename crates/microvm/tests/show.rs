//! End to end, as `vmcmd show FILE.nix` does it: every oracle case file is
//! evaluated by vmcmd (built-in lib, symbolic nixpkgs, microvm.nix model)
//! and its runner generated; the `microvm-run` script must be byte for byte
//! what real Nix + real microvm.nix produced, and every configuration the
//! oracle rejects must be rejected (by evaluation, a failed assertion or
//! the runner). `SHOW_CASE=<substring>` restricts the run.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_microvm::vm::{classify, evaluate_file, install};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn settings() -> Settings {
    let mut s = Settings { cwd: repo(), ..Settings::default() };
    install(&mut s);
    s
}

/// What vmcmd makes of a case: the run script and warnings, or the kind
/// and message of the rejection.
fn show(case: PathBuf, system: String) -> Result<(String, Vec<String>), (String, String)> {
    let dir = case.parent().unwrap().display().to_string();
    vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        let vm = match evaluate_file(&mut ev, &case, &system) {
            Ok(vm) => vm,
            Err(e) => {
                // NixOS throws "\nFailed assertions: …"; Nix prints it trimmed.
                let msg = e.message.trim_start().replace(&dir, "<case-dir>");
                return Err((classify(&msg).to_string(), msg));
            }
        };
        if let Some(r) = vm.rejection() {
            return Err((r.kind.to_string(), r.message.replace(&dir, "<case-dir>")));
        }
        let mut warnings = vm.warnings.clone();
        let runner = vm.runner.map_err(|e| ("throw".to_string(), e.message))?;
        warnings.extend(runner.warnings.iter().cloned());
        Ok((runner.run_script().to_string(), warnings))
    })
}

/// Drops Nix's position excerpt (`\n\nat FILE:L:C: …`), which points into
/// microvm.nix's files for the oracle and into vmcmd's model here.
fn without_position(msg: &str) -> &str {
    msg.split("\n\nat ").next().unwrap_or(msg).trim_end()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn show_reproduces_every_oracle_case() {
    let filter = std::env::var("SHOW_CASE").ok();
    let mut failures = Vec::new();
    let mut n = 0;
    for (dir, cases) in [
        (repo().join("tests/oracle"), "cases"),
        (repo().join("crates/microvm/tests/oracle-extra"), "cases"),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(cases))
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
            n += 1;
            let system = exp["system"].as_str().unwrap_or("x86_64-linux").to_string();
            let got = show(file.clone(), system);
            let want_warnings: Vec<String> = exp["warnings"]
                .as_array()
                .map(|a| a.iter().filter_map(|w| w.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            match (exp["error"].as_str(), got) {
                (None, Ok((script, warnings))) => {
                    if exp["run_script"].as_str() != Some(script.as_str()) {
                        failures.push(format!("{name}: microvm-run differs"));
                    } else if sorted(warnings.clone()) != sorted(want_warnings) {
                        failures.push(format!("{name}: warnings differ: {warnings:?}"));
                    }
                }
                (None, Err((kind, msg))) => {
                    failures.push(format!("{name}: rejected ({kind}): {msg}"))
                }
                (Some(want), Err((kind, msg))) => {
                    let want_kind = exp["error_kind"].as_str().unwrap_or("");
                    if kind != want_kind || without_position(want) != without_position(&msg) {
                        failures.push(format!(
                            "{name}: rejected differently\n  want ({want_kind}): {want}\n  got  ({kind}): {msg}"
                        ));
                    }
                }
                (Some(want), Ok(_)) => {
                    failures.push(format!("{name}: accepted, but microvm.nix rejects it: {want}"))
                }
            }
        }
    }
    for f in &failures {
        eprintln!("MISMATCH {f}");
    }
    println!("show: {} passed, {} failed", n - failures.len(), failures.len());
    assert!(n > 50);
    assert!(failures.is_empty(), "{} of {n} cases differ", failures.len());
}
