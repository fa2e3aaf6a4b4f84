//! Lowers the built-in Nix files under `nixos/` at build time (see
//! `vmcmd_eval::precompiled`), so a run does not parse them again.

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("nixos");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("precompiled.bin");
    match vmcmd_eval::precompiled::build_script(
        "/__vmcmd/microvm/nixos-modules/microvm",
        &dir,
        &out,
    ) {
        // a file that does not lower is parsed at run time and reports there
        Ok(skipped) => {
            for path in skipped {
                println!("cargo:warning=not precompiled (does not parse or lower): {path}");
            }
        }
        Err(e) => panic!("precompiling {}: {e}", dir.display()),
    }
}
