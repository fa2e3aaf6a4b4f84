//! End-to-end tests of the `vmcmd` binary, driven by data: each directory
//! `tests/cli/<case>/` holds `args` (one argument per line), and the
//! expected `stdout`, `stderr` and `status`. The binary runs in the
//! repository root with `NO_COLOR=1` and a fixed environment. Set
//! `UPDATE_EXPECT=1` to rewrite the expectations from the current output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run_case(dir: &Path) -> (String, String, String) {
    let args: Vec<String> =
        std::fs::read_to_string(dir.join("args")).unwrap().lines().map(str::to_string).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_vmcmd"))
        .args(&args)
        .current_dir(root())
        .env_clear()
        .env("NO_COLOR", "1")
        .env("HOME", "/homeless-shelter")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .expect("run vmcmd");
    let status = out.status.code().map_or("signal".to_string(), |c| c.to_string());
    let clean =
        |b: &[u8]| String::from_utf8_lossy(b).replace(&root().display().to_string(), "$ROOT");
    (clean(&out.stdout), clean(&out.stderr), format!("{status}\n"))
}

fn check(dir: &Path) -> Vec<String> {
    let (stdout, stderr, status) = run_case(dir);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut problems = Vec::new();
    for (name, got) in [("stdout", &stdout), ("stderr", &stderr), ("status", &status)] {
        let path = dir.join(name);
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if update {
            std::fs::write(&path, got).unwrap();
        } else if want != *got {
            {
                problems.push(format!(
                    "{}: {name} differs\n--- want\n{want}\n--- got\n{got}",
                    dir.display()
                ));
            }
        }
    }
    problems
}

#[test]
fn cli_cases() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/cli"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("args").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    let problems: Vec<String> = dirs.iter().flat_map(|d| check(d)).collect();
    for p in &problems {
        eprintln!("{p}");
    }
    println!(
        "cli cases: {} passed, {} failed",
        dirs.len() - problems.len().min(dirs.len()),
        problems.len()
    );
    assert!(problems.is_empty(), "{} cli expectations differ", problems.len());
}
