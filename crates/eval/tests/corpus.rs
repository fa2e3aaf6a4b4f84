//! Differential tests against Nix 2.8: every `tests/eval/**/*.nix` case is
//! evaluated like `nix-instantiate --eval --strict --json` and compared with
//! the output real Nix produced (`.exp.json`) or the error it raised
//! (`.exp.err`). Messages Nix writes itself must match exactly; messages
//! that come from Nix's third-party parsers (bison, nlohmann::json, toml11,
//! std::regex) must match in class. `VMCMD_CASE=substring` runs a subset.
//!
//! A second test re-runs real `nix-instantiate` on every case when it is on
//! `PATH` and checks that the committed expectations are what Nix says.

use std::path::{Path, PathBuf};

use vmcmd_eval::driver::{AutoArg, Input, Request};
use vmcmd_eval::{Evaluator, Settings};

struct Case {
    path: PathBuf,
    flags: Vec<String>,
    expected: Expected,
}

enum Expected {
    Json(String),
    Err(String),
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval").canonicalize().unwrap()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "data") {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "nix") {
            out.push(p);
        }
    }
}

fn cases() -> Vec<Case> {
    let mut paths = Vec::new();
    collect(&corpus_dir(), &mut paths);
    let filter = std::env::var("VMCMD_CASE").ok();
    paths
        .into_iter()
        .filter(|p| filter.as_ref().is_none_or(|f| p.to_string_lossy().contains(f.as_str())))
        .map(|path| {
            let base = path.with_extension("");
            let read =
                |ext: &str| std::fs::read_to_string(format!("{}.{ext}", base.display())).ok();
            let flags = read("flags")
                .map(|f| f.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default();
            let expected = match (read("exp.json"), read("exp.err")) {
                (Some(j), _) => Expected::Json(j),
                (None, Some(e)) => Expected::Err(e.trim_end().to_string()),
                (None, None) => panic!("{} has no expected output", path.display()),
            };
            Case { path, flags, expected }
        })
        .collect()
}

fn settings(flags: &[String]) -> (Settings, Vec<(String, AutoArg)>, Option<String>) {
    let dir = corpus_dir();
    let root = dir.join("../..").canonicalize().unwrap();
    let mut search = Vec::new();
    let mut args = Vec::new();
    let mut attr = None;
    let mut i = 0;
    while i < flags.len() {
        match flags[i].as_str() {
            "-I" => {
                let spec = &flags[i + 1];
                match spec.split_once('=') {
                    Some((p, rest)) => search.push((p.to_string(), dir.join(rest))),
                    None => search.push((String::new(), dir.join(spec))),
                }
                i += 2;
            }
            "--arg" => {
                args.push((flags[i + 1].clone(), AutoArg::Expr(flags[i + 2].clone())));
                i += 3;
            }
            "--argstr" => {
                args.push((flags[i + 1].clone(), AutoArg::Str(flags[i + 2].clone())));
                i += 3;
            }
            "-A" => {
                attr = Some(flags[i + 1].clone());
                i += 2;
            }
            other => panic!("unknown flag {other}"),
        }
    }
    search.push((String::new(), dir.join("data/search-a")));
    search.push((String::new(), dir.join("data/search-b")));
    search.push(("nixpkgs-x".to_string(), dir.join("data/search-x")));
    let s = Settings {
        search_path: search,
        cwd: root,
        home: Some("/homeless-shelter".to_string()),
        ..Settings::default()
    };
    (s, args, attr)
}

/// Classifies an error line whose wording comes from a third-party parser.
fn foreign_class(msg: &str) -> Option<&'static str> {
    if msg.starts_with("error: syntax error") || msg == "error: memory exhausted" {
        Some("syntax")
    } else if msg.contains("[json.exception") || msg.contains("while parsing JSON") {
        Some("json")
    } else if msg.contains("while parsing a TOML string") {
        Some("toml")
    } else if msg.contains("invalid regular expression") {
        Some("regex")
    } else {
        None
    }
}

/// Evaluates one case; returns `Ok(json)` or `Err(error line)`.
fn run_case(case: &Case) -> Result<String, String> {
    let (settings, auto_args, attr_path) = settings(&case.flags);
    let req = Request { input: Input::File(case.path.clone()), auto_args, attr_path, json: true };
    let dir = case.path.parent().unwrap().to_string_lossy().into_owned();
    vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings);
        vmcmd_eval::driver::run(&mut ev, &req)
            .map_err(|e| format!("error: {}", e.message).replace(&dir, "$DIR"))
    })
}

fn check(case: &Case) -> Option<String> {
    let got = run_case(case);
    let name = case.path.strip_prefix(corpus_dir()).unwrap().display().to_string();
    match (&case.expected, got) {
        (Expected::Json(want), Ok(got)) if *want == got => None,
        (Expected::Err(want), Err(got)) if *want == got => None,
        (Expected::Err(want), Err(got))
            if foreign_class(want).is_some() && foreign_class(want) == foreign_class(&got) =>
        {
            None
        }
        (Expected::Json(want), got) => Some(format!("{name}\n   want: {want}\n    got: {got:?}")),
        (Expected::Err(want), got) => Some(format!("{name}\n   want: {want}\n    got: {got:?}")),
    }
}

/// Cases listed in `tests/eval/notyetpassing.txt`, with the reason.
fn not_yet_passing() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(corpus_dir().join("notyetpassing.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (case, why) = l.split_once('\t').unwrap_or((l, ""));
            (case.to_string(), why.to_string())
        })
        .collect()
}

#[test]
fn corpus_agrees_with_nix_2_8() {
    let cases = cases();
    assert!(!cases.is_empty());
    let known = not_yet_passing();
    let mut failures = Vec::new();
    let mut known_failing = 0;
    for case in &cases {
        let name = case.path.strip_prefix(corpus_dir()).unwrap().display().to_string();
        let is_known = known.iter().any(|(k, _)| *k == name);
        match (check(case), is_known) {
            (None, false) => {}
            (Some(_), true) => known_failing += 1,
            (Some(f), false) => failures.push(f),
            (None, true) => failures
                .push(format!("{name} passes now: remove it from tests/eval/notyetpassing.txt")),
        }
    }
    for f in &failures {
        eprintln!("MISMATCH {f}");
    }
    let passed = cases.len() - failures.len() - known_failing;
    println!(
        "eval corpus: {passed} agree, {} disagree, {known_failing} known divergences (notyetpassing.txt)",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree with Nix 2.8",
        failures.len(),
        cases.len()
    );
}

#[test]
fn corpus_expectations_are_what_live_nix_says() {
    let Ok(nix) = which("nix-instantiate") else {
        eprintln!("SKIPPED: nix-instantiate is not on PATH; install nix-bin to check live Nix");
        return;
    };
    let dir = corpus_dir();
    let root = dir.join("../..").canonicalize().unwrap();
    let nix_path =
        format!("{0}/data/search-a:{0}/data/search-b:nixpkgs-x={0}/data/search-x", dir.display());
    let mut failures = Vec::new();
    let cases = cases();
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
        let got = if out.status.success() {
            Expected::Json(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            let line = err.lines().find(|l| l.starts_with("error:")).unwrap_or("").to_string();
            Expected::Err(line.replace(&case_dir, "$DIR"))
        };
        let same = match (&case.expected, &got) {
            (Expected::Json(a), Expected::Json(b)) => a == b,
            (Expected::Err(a), Expected::Err(b)) => a == b,
            _ => false,
        };
        if !same {
            failures.push(case.path.display().to_string());
        }
    }
    for f in &failures {
        eprintln!("STALE {f}");
    }
    println!("live nix: {} passed, {} failed", cases.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} expectations differ from live Nix", failures.len());
}

fn which(name: &str) -> Result<PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file()).ok_or(())
}
