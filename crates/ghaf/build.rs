//! Lowers the built-in Nix files under `nix/` at build time (see
//! `vmcmd_eval::precompiled`), so a run does not parse them again.

fn main() {
    vmcmd_eval::precompiled::build_main("/__vmcmd/ghaf", "nix");
}
