//! Value origins (`Evaluator::track_origins`, `__vmcmdOrigin`): each
//! `tests/origins/<case>.nix` is evaluated with origins tracked and its
//! JSON (the case's directory written as `<dir>`) must equal
//! `<case>.json`; `UPDATE_EXPECT=1` rewrites the expectations. Without
//! tracking, every origin is `null`, which each case is also checked for.

use std::path::{Path, PathBuf};

use vmcmd_eval::driver::{Input, Request, run};
use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/origins")
}

fn evaluate(file: &Path, track: bool) -> String {
    let mut settings = Settings::default();
    vmcmd_modules::install(&mut settings);
    let mut ev = Evaluator::new(settings);
    if track {
        ev.track_origins();
    }
    let req = Request {
        input: Input::File(file.to_path_buf()),
        auto_args: Vec::new(),
        attr_path: None,
        json: true,
    };
    match run(&mut ev, &req) {
        Ok(text) => text.replace(&dir().display().to_string(), "<dir>"),
        Err(e) => format!("error: {}", e.message),
    }
}

fn check(file: &Path) -> Option<String> {
    let expected_file = file.with_extension("json");
    let got = evaluate(file, true);
    let value: serde_json::Value = serde_json::from_str(&got).ok()?;
    let pretty = serde_json::to_string_pretty(&value).ok()? + "\n";
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_file, &pretty).ok()?;
    } else if std::fs::read_to_string(&expected_file).ok().as_deref() != Some(pretty.as_str()) {
        return Some(format!("{}: got\n{pretty}", file.display()));
    }
    // untracked: the same attribute names, every origin null
    let untracked: serde_json::Value = serde_json::from_str(&evaluate(file, false)).ok()?;
    let obj = untracked.as_object()?;
    if obj.len() != value.as_object()?.len() || obj.values().any(|v| !v.is_null()) {
        return Some(format!(
            "{}: untracked origins are not all null: {untracked}",
            file.display()
        ));
    }
    None
}

#[test]
fn origins() {
    let report = run_with_big_stack(|| {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
            .expect("tests/origins")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "nix"))
            .collect();
        files.sort();
        assert!(!files.is_empty());
        files
            .iter()
            .map(|f| check(f).unwrap_or_default())
            .filter(|r| !r.is_empty())
            .collect::<Vec<_>>()
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
