//! The Nix packaging: every `.nix` file of `flake.nix`, `nix/` and
//! `tests/flake/` parses with real Nix (`nix-instantiate --parse`, skipped
//! with a message when it is not installed), and real Nix agrees with
//! vmcmd on `builtins.functionArgs` of `nix/package.nix` and on the flake's
//! shape (`tests/flake/*.nix`, whose vmcmd output `tests/cli/flake-*`
//! snapshots).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn nix_files() -> Vec<PathBuf> {
    let mut files = vec![root().join("flake.nix")];
    for dir in ["nix", "tests/flake"] {
        let mut more: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

fn nix_instantiate() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let found =
        std::env::split_paths(&path).map(|d| d.join("nix-instantiate")).find(|p| p.is_file());
    if found.is_none() {
        eprintln!(
            "SKIPPED: nix-instantiate is not on PATH; install Debian's nix-bin to run this test"
        );
    }
    found
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.current_dir(root()).output().expect("run");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn nix_files_parse() {
    let files = nix_files();
    assert!(files.len() >= 3, "{files:?}");
    let Some(nix) = nix_instantiate() else { return };
    for f in &files {
        run(Command::new(&nix).arg("--parse").arg(f));
    }
    println!("parsed {} files with nix-instantiate", files.len());
}

#[test]
fn package_is_a_callpackage_function() {
    let expr = "builtins.functionArgs (import ./nix/package.nix)";
    let ours =
        run(Command::new(env!("CARGO_BIN_EXE_vmcmd")).args(["eval", "--json", "--expr", expr]));
    for name in ["lib", "stdenv", "rustPlatform", "installShellFiles", "buildPackages"] {
        assert!(ours.contains(&format!("\"{name}\":false")), "{name} in {ours}");
    }
    let Some(nix) = nix_instantiate() else { return };
    let theirs = run(Command::new(nix).args(["--eval", "--strict", "--json", "--expr", expr]));
    assert_eq!(ours, theirs);
}

#[test]
fn package_source_names_existing_paths() {
    // `lib.fileset.toSource` fails on paths that do not exist; vmcmd's lib
    // has no `lib.fileset`, so check the listed paths here.
    let text = std::fs::read_to_string(root().join("nix/package.nix")).unwrap();
    let listed: Vec<&str> =
        text.lines().map(str::trim).filter(|l| l.starts_with("../") && !l.contains(' ')).collect();
    assert!(listed.contains(&"../Cargo.lock"), "{listed:?}");
    for p in listed {
        assert!(Path::new(&root().join("nix").join(p)).exists(), "{p} does not exist");
    }
}

#[test]
fn real_nix_agrees_on_the_flake_shape() {
    // tests/flake/*.nix import `<nixpkgs>`: vmcmd's built-in one, which is
    // Nix code real Nix evaluates too (crates/modules/nixpkgs).
    let Some(nix) = nix_instantiate() else { return };
    for case in ["outputs", "package"] {
        let want =
            std::fs::read_to_string(root().join(format!("tests/cli/flake-{case}/stdout"))).unwrap();
        let got = run(Command::new(&nix)
            .args(["--eval", "--strict", "--json", "-I", "nixpkgs=crates/modules/nixpkgs"])
            .arg(format!("tests/flake/{case}.nix"))
            .env_remove("NIX_PATH"));
        assert_eq!(got, want, "tests/flake/{case}.nix: nix-instantiate and vmcmd differ");
    }
}
