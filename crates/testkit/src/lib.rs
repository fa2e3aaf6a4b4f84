//! The differential-corpus runner shared by vmcmd's test suites.
//!
//! A corpus is a directory of `*.nix` cases (skipping `data/`), each with
//! the output real Nix produced: `.exp.json` (stdout of
//! `nix-instantiate --eval --strict --json`) or `.exp.err` (the first
//! `error:` line), and optional `.flags`. [`check_corpus`] evaluates every
//! case the same way with vmcmd and reports disagreements; cases listed in
//! the corpus's `notyetpassing.txt` must still disagree, so fixing one
//! forces removing it from the list (tvix's `notyetpassing` rule).

use std::path::{Path, PathBuf};

use vmcmd_eval::driver::{AutoArg, Input, Request};
use vmcmd_eval::{Evaluator, Settings};

/// One case of a corpus.
pub struct Case {
    /// The `.nix` file.
    pub path: PathBuf,
    /// Tokens of the `.flags` file.
    pub flags: Vec<String>,
    /// What Nix produced.
    pub expected: Expected,
}

/// What Nix produced for a case.
pub enum Expected {
    /// JSON on stdout.
    Json(String),
    /// The first `error:` line.
    Err(String),
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
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

/// The cases of a corpus, filtered by the `VMCMD_CASE` substring if set.
pub fn cases(dir: &Path) -> Vec<Case> {
    let mut paths = Vec::new();
    collect(dir, &mut paths);
    let filter = std::env::var("VMCMD_CASE").ok();
    paths
        .into_iter()
        .filter(|p| filter.as_ref().is_none_or(|f| p.to_string_lossy().contains(f.as_str())))
        .filter_map(|path| {
            let base = path.with_extension("");
            let read =
                |ext: &str| std::fs::read_to_string(format!("{}.{ext}", base.display())).ok();
            let flags = read("flags")
                .map(|f| f.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default();
            let expected = match (read("exp.json"), read("exp.err")) {
                (Some(j), _) => Expected::Json(j),
                (None, Some(e)) => Expected::Err(e.trim_end().to_string()),
                (None, None) => return None,
            };
            Some(Case { path, flags, expected })
        })
        .collect()
}

/// What a `.flags` file asks for: search-path entries, automatic arguments
/// and an attribute path.
pub type Flags = (Vec<(String, PathBuf)>, Vec<(String, AutoArg)>, Option<String>);

/// Splits `.flags` tokens; `-I` paths are relative to `dir`.
pub fn parse_flags(flags: &[String], dir: &Path) -> Flags {
    let mut search = Vec::new();
    let mut args = Vec::new();
    let mut attr = None;
    let mut i = 0;
    let arg = |i: usize| flags.get(i).cloned().unwrap_or_default();
    while i < flags.len() {
        match flags[i].as_str() {
            "-I" => {
                let spec = arg(i + 1);
                match spec.split_once('=') {
                    Some((p, rest)) => search.push((p.to_string(), dir.join(rest))),
                    None => search.push((String::new(), dir.join(&spec))),
                }
                i += 2;
            }
            "--arg" => {
                args.push((arg(i + 1), AutoArg::Expr(arg(i + 2))));
                i += 3;
            }
            "--argstr" => {
                args.push((arg(i + 1), AutoArg::Str(arg(i + 2))));
                i += 3;
            }
            "-A" => {
                attr = Some(arg(i + 1));
                i += 2;
            }
            _ => i += 1,
        }
    }
    (search, args, attr)
}

/// Classifies an error line whose wording comes from a third-party parser
/// (bison, nlohmann::json, toml11, std::regex): those match by class only.
pub fn foreign_class(msg: &str) -> Option<&'static str> {
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

/// Evaluates one case like `nix-instantiate --eval --strict --json`.
/// `-I` paths in its flags are relative to `corpus`; `settings` receives
/// the case's extra search path and returns the settings to use. Returns
/// the JSON or the error line.
pub fn run_case(
    case: &Case,
    corpus: &Path,
    settings: impl FnOnce(Vec<(String, PathBuf)>) -> Settings + Send + 'static,
    normalize: fn(&str) -> String,
) -> Result<String, String> {
    let dir = case.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let (search, auto_args, attr_path) = parse_flags(&case.flags, corpus);
    let req = Request { input: Input::File(case.path.clone()), auto_args, attr_path, json: true };
    let case_dir = dir.to_string_lossy().into_owned();
    vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings(search));
        vmcmd_eval::driver::run(&mut ev, &req).map_err(|e| {
            // Nix prints multi-line messages over several lines; the corpus
            // keeps the first one.
            let message = vmcmd_diagnostics::strip_ansi(&e.message);
            let first = message.lines().next().unwrap_or("").trim_end();
            normalize(&format!("error: {first}").replace(&case_dir, "$DIR"))
        })
    })
}

/// The outcome of running a corpus.
pub struct Report {
    /// Cases that agree.
    pub agree: usize,
    /// Known divergences (listed in `notyetpassing.txt` and still failing).
    pub known: usize,
    /// Descriptions of unexpected disagreements.
    pub failures: Vec<String>,
}

/// Runs every case of the corpus at `dir` and compares with Nix's output.
/// `settings` builds the evaluator settings from a case's extra search
/// path; `normalize` rewrites error lines before comparison.
pub fn check_corpus(
    dir: &Path,
    settings: fn(Vec<(String, PathBuf)>) -> Settings,
    normalize: fn(&str) -> String,
) -> Report {
    let known: Vec<String> = std::fs::read_to_string(dir.join("notyetpassing.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').next().unwrap_or(l).to_string())
        .collect();
    let mut report = Report { agree: 0, known: 0, failures: Vec::new() };
    for case in cases(dir) {
        let name = case.path.strip_prefix(dir).unwrap_or(&case.path).display().to_string();
        let got = run_case(&case, dir, settings, normalize);
        let ok = match (&case.expected, &got) {
            (Expected::Json(want), Ok(got)) => want == got,
            (Expected::Err(want), Err(got)) => {
                let want = normalize(want);
                want == *got
                    || (foreign_class(&want).is_some()
                        && foreign_class(&want) == foreign_class(got))
            }
            _ => false,
        };
        let is_known = known.contains(&name);
        match (ok, is_known) {
            (true, false) => report.agree += 1,
            (false, true) => report.known += 1,
            (true, true) => {
                report.failures.push(format!("{name} passes now: remove it from notyetpassing.txt"))
            }
            (false, false) => {
                let want = match &case.expected {
                    Expected::Json(j) => j.clone(),
                    Expected::Err(e) => e.clone(),
                };
                report.failures.push(format!("{name}\n   want: {want}\n    got: {got:?}"));
            }
        }
    }
    report
}

/// Prints a report and fails the test if anything disagrees.
pub fn assert_report(what: &str, report: &Report) {
    for f in &report.failures {
        eprintln!("MISMATCH {f}");
    }
    println!("{what}: {} passed, {} failed", report.agree, report.failures.len());
    println!("{what}-known-divergences: {} (notyetpassing.txt)", report.known);
    assert!(report.agree > 0, "{what}: no case agrees");
    assert!(report.failures.is_empty(), "{what}: {} cases disagree", report.failures.len());
}

/// Finds an executable on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}
