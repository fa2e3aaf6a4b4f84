//! Differential tests of the built-in nixpkgs lib and module system: every
//! `tests/lib/**/*.nix` case is evaluated with vmcmd's built-in lib and
//! compared with what real Nix 2.8 printed with the real nixpkgs lib
//! (`tests/lib/regen.sh`). Locations inside the library are compared up to
//! the file, since vmcmd's lib is its own code.

use std::path::{Path, PathBuf};

use vmcmd_eval::Settings;
use vmcmd_testkit::{assert_report, check_corpus};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/lib").canonicalize().unwrap()
}

fn settings(search: Vec<(String, PathBuf)>) -> Settings {
    let mut s = Settings {
        search_path: search,
        cwd: corpus_dir().join("../..").canonicalize().unwrap(),
        home: Some("/homeless-shelter".to_string()),
        ..Settings::default()
    };
    vmcmd_modules::install(&mut s);
    s
}

/// Replaces locations inside the library (real or built-in) by `<lib>`.
fn normalize(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        let next =
            [rest.find("$NIXPKGS/"), rest.find(vmcmd_modules::ROOT)].into_iter().flatten().min();
        let Some(i) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i]);
        out.push_str("<lib>");
        let tail = &rest[i..];
        let end =
            tail.find(|c: char| c.is_whitespace() || c == '\'' || c == ',').unwrap_or(tail.len());
        rest = &tail[end..];
    }
}

#[test]
fn lib_corpus_agrees_with_real_nixpkgs_lib() {
    let report = check_corpus(&corpus_dir(), settings, normalize);
    assert_report("lib-corpus", &report);
}
