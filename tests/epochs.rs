//! `vmcmd show CASE --microvm REV --nixpkgs RELEASE --format json` for
//! every standalone case of `tests/epochs/` (the Ghaf doc's 2023 examples)
//! must print what real Nix evaluating that microvm.nix revision printed
//! (`tests/epochs/expected/<case>.json`): every key the two documents
//! share, byte for byte (the store paths use the same fake-hash rule),
//! except `epoch`, which records different things (the revision must be
//! the same), and `files`: the oracle also lists text files of the guest
//! (stage 1's `initrd-fsinfo`, a placeholder for its mount script), so
//! every file vmcmd prints must be there with the same contents.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `nixos.versionSuffix` of vmcmd's package table for `release`.
fn table_suffix(release: &str) -> Value {
    let file = root().join(format!("crates/modules/nixpkgs/pkgs/packages-{release}.json"));
    read_json(&file)["nixos"]["versionSuffix"].clone()
}

#[test]
fn show_json_reproduces_the_2023_command_lines() {
    let dir = root().join("tests/epochs");
    let profiles = read_json(&dir.join("expected/_epochs.json"))["profiles"].clone();
    let mut problems = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("cases")).expect("tests/epochs/cases") {
        let case = entry.expect("entry").path();
        let name = case.file_stem().and_then(|s| s.to_str()).expect("name").to_owned();
        let want = read_json(&dir.join(format!("expected/{name}.json")));
        let profile = &profiles[want["epoch"]["profile"].as_str().expect("profile")];
        let release = match profile["mock_table"].as_str() {
            Some("2211") => "22.11",
            Some("2305") => "23.05",
            other => panic!("{name}: mock table {other:?}"),
        };
        let rev = &want["epoch"]["microvm_rev"].as_str().expect("rev")[..7];
        // the NixOS label of a standalone module is the package table's;
        // the oracle's 23.05 profile has ghaf-23.05's (checked on the
        // checkout by crates/ghaf/tests/oracle.rs instead)
        if profile["nixos_version_suffix"] != table_suffix(release) {
            continue;
        }
        let out = Command::new(env!("CARGO_BIN_EXE_vmcmd"))
            .args(["show", "--microvm", rev, "--nixpkgs", release, "--format", "json"])
            .arg(&case)
            .current_dir(root())
            .output()
            .expect("run vmcmd");
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let got: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(got["epoch"]["microvm"]["short"], rev, "{name}: the epoch reported");
        let mut shared = 0;
        for (key, value) in want.as_object().expect("object") {
            let Some(mine) = got.get(key) else { continue };
            shared += 1;
            if key == "epoch" {
                if value["microvm_rev"] != mine["microvm"]["rev"] {
                    problems.push(format!("{name}: epoch {mine} is not {value}"));
                }
                continue;
            }
            if key == "files" {
                for (path, file) in mine.as_object().into_iter().flatten() {
                    if value.get(path) != Some(file) {
                        problems.push(format!("{name}: file {path} is not the oracle's"));
                    }
                }
                continue;
            }
            if mine != value {
                problems.push(format!("{name}: {key} differs\n  want {value}\n  got  {mine}"));
            }
        }
        // at least the scripts, the argv, the facts and the warnings
        assert!(shared >= 8, "{name}: only {shared} keys in common");
        checked += 1;
    }
    assert!(checked >= 4, "the seed cases and the 03e7f11 ones");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
