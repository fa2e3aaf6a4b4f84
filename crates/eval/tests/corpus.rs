//! Differential tests against Nix 2.8: every `tests/eval/**/*.nix` case is
//! evaluated like `nix-instantiate --eval --strict --json` and compared with
//! the output real Nix produced (see `vmcmd-testkit`). `VMCMD_CASE=substring`
//! runs a subset.
//!
//! A second test re-runs real `nix-instantiate` on every case when it is on
//! `PATH` and checks that the committed expectations are what Nix says.

use std::path::{Path, PathBuf};

use vmcmd_eval::Settings;
use vmcmd_testkit::{Expected, assert_report, cases, check_corpus, which};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval").canonicalize().unwrap()
}

/// The settings every case runs with (the corpus README's environment).
fn settings(mut search: Vec<(String, PathBuf)>) -> Settings {
    let dir = corpus_dir();
    search.push((String::new(), dir.join("data/search-a")));
    search.push((String::new(), dir.join("data/search-b")));
    search.push(("nixpkgs-x".to_string(), dir.join("data/search-x")));
    Settings {
        search_path: search,
        cwd: dir.join("../..").canonicalize().unwrap(),
        home: Some("/homeless-shelter".to_string()),
        ..Settings::default()
    }
}

fn same(s: &str) -> String {
    s.to_string()
}

#[test]
fn corpus_agrees_with_nix_2_8() {
    let report = check_corpus(&corpus_dir(), settings, same);
    assert_report("eval-corpus", &report);
}

#[test]
fn corpus_expectations_are_what_live_nix_says() {
    let Some(nix) = which("nix-instantiate") else {
        eprintln!("SKIPPED: nix-instantiate is not on PATH; install nix-bin to check live Nix");
        return;
    };
    let dir = corpus_dir();
    let root = dir.join("../..").canonicalize().unwrap();
    let nix_path =
        format!("{0}/data/search-a:{0}/data/search-b:nixpkgs-x={0}/data/search-x", dir.display());
    let mut failures = Vec::new();
    let cases = cases(&dir);
    for case in &cases {
        // The deep cases depend on the stack limit the machine gives Nix.
        if case.path.to_string_lossy().contains("/deep/") {
            continue;
        }
        let mut cmd = std::process::Command::new(&nix);
        cmd.current_dir(&root)
            .env("NIX_PATH", &nix_path)
            .env_remove("VMCMD_TEST_UNSET_VAR")
            .args(["--eval", "--strict", "--json"]);
        let mut i = 0;
        while i < case.flags.len() {
            if case.flags[i] == "-I" {
                let spec = &case.flags[i + 1];
                let resolved = match spec.split_once('=') {
                    Some((p, rest)) => format!("{p}={}", dir.join(rest).display()),
                    None => dir.join(spec).display().to_string(),
                };
                cmd.args(["-I", &resolved]);
                i += 2;
            } else {
                cmd.arg(&case.flags[i]);
                i += 1;
            }
        }
        let out = cmd.arg(&case.path).output().expect("run nix-instantiate");
        let case_dir = case.path.parent().unwrap().to_string_lossy().into_owned();
        let same = if out.status.success() {
            matches!(&case.expected, Expected::Json(want) if *want == String::from_utf8_lossy(&out.stdout))
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            let line = err.lines().find(|l| l.starts_with("error:")).unwrap_or("");
            matches!(&case.expected, Expected::Err(want) if *want == line.replace(&case_dir, "$DIR"))
        };
        if !same {
            failures.push(case.path.display().to_string());
        }
    }
    for f in &failures {
        eprintln!("STALE {f}");
    }
    println!("live-nix: {} passed, {} failed", cases.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} expectations differ from live Nix", failures.len());
}
