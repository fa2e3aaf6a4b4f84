//! Resource and access limits of `Settings` end evaluation with a
//! diagnostic: the file size limit, the step budget, and reads outside
//! `allowed_roots` (symlinks resolved; `pathExists` is false there).

use std::path::PathBuf;

use vmcmd_eval::{Evaluator, Settings};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vmcmd-limits-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

#[test]
fn files_larger_than_the_limit_are_refused() {
    let dir = scratch("size");
    let file = dir.join("big.nix");
    std::fs::write(&file, format!("{}1", " ".repeat(100))).unwrap();
    let mut ev = Evaluator::new(Settings { max_file_size: 64, ..Settings::default() });
    let e = ev.eval_file(&file).expect_err("too big");
    assert!(e.message.contains("vmcmd reads Nix files up to"), "{}", e.message);
    let mut ev = Evaluator::new(Settings::default());
    assert!(ev.eval_file(&file).is_ok());
}

#[test]
fn the_step_budget_stops_evaluation() {
    let mut ev = Evaluator::new(Settings { max_steps: Some(500), ..Settings::default() });
    let v = ev.eval_text("builtins.foldl' (a: b: a + b) 0 (builtins.genList (x: x) 10000)");
    let e = v.and_then(|v| ev.deep_force(&v)).expect_err("budget");
    assert!(e.message.contains("after 500 steps"), "{}", e.message);
}

#[test]
fn reads_outside_the_allowed_roots_are_refused() {
    let inside = scratch("inside");
    let outside = scratch("outside");
    std::fs::write(outside.join("secret.nix"), "42").unwrap();
    std::os::unix::fs::symlink(outside.join("secret.nix"), inside.join("link.nix")).unwrap();
    std::fs::write(inside.join("ok.nix"), "1").unwrap();
    let settings = Settings { allowed_roots: Some(vec![inside.clone()]), ..Settings::default() };
    let mut ev = Evaluator::new(settings);
    let run = |ev: &mut Evaluator, text: String| {
        ev.eval_text(&text).and_then(|v| ev.deep_force(&v)).map_err(|e| e.message)
    };
    assert!(run(&mut ev, format!("import {}/ok.nix", inside.display())).is_ok());
    let e = run(&mut ev, format!("import {}/secret.nix", outside.display())).unwrap_err();
    assert!(e.contains("outside the checkout"), "{e}");
    let e = run(&mut ev, format!("builtins.readFile {}/link.nix", inside.display())).unwrap_err();
    assert!(e.contains("it resolves to"), "{e}");
    let exists = run(&mut ev, format!("builtins.pathExists {}/secret.nix", outside.display()));
    assert_eq!(exists.map(|v| format!("{v:?}")).unwrap_or_default(), "false");
}
