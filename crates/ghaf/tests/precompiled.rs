//! Every built-in Nix file (the nixpkgs lib and package set, the
//! microvm.nix model, the Ghaf checkout model) is in its crate's
//! precompiled blob, the blob is what lowering the file gives now, and it
//! reads back without loss (`vmcmd_eval::precompiled::check_file`).

use vmcmd_eval::precompiled::{Precompiled, check_file};

fn check_all(root: &str, files: &[(&str, &str)], blob: Precompiled) -> usize {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (rel, text) in files.iter().filter(|(rel, _)| rel.ends_with(".nix")) {
        let path = format!("{root}/{rel}");
        if let Err(e) = check_file(blob, &path, text) {
            failures.push(format!("{path}: {e}"));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    checked
}

#[test]
fn every_built_in_file_is_precompiled_and_reads_back() {
    let lib = check_all(vmcmd_modules::ROOT, vmcmd_modules::FILES, vmcmd_modules::PRECOMPILED);
    let model = check_all(
        vmcmd_microvm::nixos::ROOT,
        vmcmd_microvm::nixos::FILES,
        vmcmd_microvm::nixos::PRECOMPILED,
    );
    let ghaf = check_all(vmcmd_ghaf::ROOT, vmcmd_ghaf::FILES, vmcmd_ghaf::PRECOMPILED);
    // the lists are not empty (a renamed root would find nothing)
    assert!(lib >= 20 && model >= 25 && ghaf >= 4, "{lib} {model} {ghaf}");
}
