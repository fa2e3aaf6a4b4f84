//! libFuzzer target: parses arbitrary text with vmcmd-syntax and, when it
//! parses cleanly, evaluates it with vmcmd-eval (deep force, then print as
//! Nix and as JSON). Any panic, abort or real stack overflow is a bug;
//! evaluation errors are expected and ignored.
#![no_main]

use std::collections::BTreeSet;
use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use rnix::SyntaxKind;
use vmcmd_eval::{Evaluator, Settings, print, run_with_big_stack};

/// Inputs larger than this are skipped.
const MAX_INPUT: usize = 64 * 1024;

/// Builtins that read the file system. Inputs naming them are parsed but not
/// evaluated, so a fuzz input cannot read `/dev/zero`, `/proc/…` or hash the
/// whole file system into a "store path" (a hang, not a bug). Plain
/// substrings, so `__readFile`, `builtins.pathExists` etc. are covered too.
const FS_WORDS: &[&str] = &[
    "import",
    "readFile",
    "readDir",
    "pathExists",
    "path",
    "filterSource",
    "findFile",
    "hashFile",
    "/dev",
    "/proc",
    "/sys",
];

/// Whether the tree holds a path literal (`/x`, `./x`, `~/x`, `<x>`), whose
/// interpolation copies a directory tree to the store.
fn has_path_literal(root: &rnix::Root) -> bool {
    use rowan::ast::AstNode;
    root.syntax().descendants_with_tokens().any(|e| {
        matches!(
            e.kind(),
            SyntaxKind::TOKEN_PATH_ABS
                | SyntaxKind::TOKEN_PATH_HOME
                | SyntaxKind::TOKEN_PATH_REL
                | SyntaxKind::TOKEN_PATH_SEARCH
                | SyntaxKind::NODE_PATH_ABS
                | SyntaxKind::NODE_PATH_HOME
                | SyntaxKind::NODE_PATH_REL
                | SyntaxKind::NODE_PATH_SEARCH
        )
    })
}

fn settings() -> Settings {
    Settings {
        cwd: PathBuf::from("/tmp"),
        search_path: Vec::new(),
        home: None,
        env: Default::default(),
        max_depth: 10_000,
        ..Settings::default()
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let text = String::from_utf8_lossy(data).into_owned();
    let parsed = vmcmd_syntax::parse(&text);
    if !parsed.errors.is_empty() || has_path_literal(&parsed.root) {
        return;
    }
    if FS_WORDS.iter().any(|w| text.contains(w)) {
        return;
    }
    run_with_big_stack(move || {
        // the evaluation is freed after each input, reference cycles included
        vmcmd_eval::value::track_thunks(true);
        let mut ev = Evaluator::new(settings());
        if let Ok(v) = ev.eval_text(&text)
            && let Ok(v) = ev.deep_force(&v)
        {
            let _ = print::print_nix(&mut ev, &v);
            let mut ctx = BTreeSet::new();
            let _ = print::to_json(&mut ev, &v, &mut ctx);
        }
        ev.release();
    });
});
