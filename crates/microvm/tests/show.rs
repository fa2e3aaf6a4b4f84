//! End to end, as `vmcmd show FILE.nix` does it: every oracle case file is
//! evaluated by vmcmd (built-in lib, symbolic nixpkgs, microvm.nix model)
//! and its runner generated; the `microvm-run` script must be byte for byte
//! what real Nix + real microvm.nix produced, and every configuration the
//! oracle rejects must be rejected (by evaluation, a failed assertion or
//! the runner). `SHOW_CASE=<substring>` restricts the run.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_microvm::vm::{evaluate_file, install};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn settings() -> Settings {
    let mut s = Settings { cwd: repo(), ..Settings::default() };
    install(&mut s);
    s
}

/// What vmcmd makes of a case: the run script, or why it refused.
fn show(case: PathBuf, system: String) -> Result<String, String> {
    vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        let vm = evaluate_file(&mut ev, &case, &system).map_err(|e| e.message.clone())?;
        if let Some(a) = vm.failed_assertions.first() {
            return Err(format!("failed assertion: {a}"));
        }
        vm.runner.map(|r| r.run_script().to_string()).map_err(|e| e.message)
    })
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
            match (exp["error"].is_null(), got) {
                (true, Ok(script)) if exp["run_script"].as_str() == Some(script.as_str()) => {}
                (true, Ok(_)) => failures.push(format!("{name}: microvm-run differs")),
                (true, Err(e)) => failures.push(format!("{name}: rejected: {e}")),
                (false, Err(_)) => {}
                (false, Ok(_)) => failures.push(format!(
                    "{name}: accepted, but microvm.nix rejects it: {}",
                    exp["error"].as_str().unwrap_or("")
                )),
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
