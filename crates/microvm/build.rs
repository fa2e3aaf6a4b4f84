//! Lowers the built-in Nix files under `nixos/` at build time (see
//! `vmcmd_eval::precompiled`), so a run does not parse them again.

fn main() {
    vmcmd_eval::precompiled::build_main("/__vmcmd/microvm/nixos-modules/microvm", "nixos");
}
