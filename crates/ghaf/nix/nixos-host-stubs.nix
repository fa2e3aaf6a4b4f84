# NixOS options a Ghaf target's host and VM modules read back (beyond
# vmcmd's microvm.nix stubs, ../../microvm/nixos/nixos-stubs.nix), declared
# with NixOS' types and defaults so that reading them gives what NixOS
# would. Everything else undeclared is ignored (`_module.check = false`).
# The project oracle's target extension uses the same file.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    # nixos/modules/config/locale.nix
    time.timeZone = mkOption { type = types.nullOr types.str; default = null; };
    # nixos/modules/misc/nixpkgs.nix
    # (NixOS elaborates it; `.system` is what Ghaf reads)
    nixpkgs.buildPlatform = mkOption {
      type = types.either types.str types.attrs;
      default = config.nixpkgs.hostPlatform;
      apply = p: if builtins.isString p then { system = p; } else p;
    };
    # nixos/modules/hardware/device-tree.nix (Ghaf's Orin passthrough
    # modules put `${config.hardware.deviceTree.package}/<name>.dtb` on
    # qemu's command line); the package is symbolic, as NixOS builds it
    # with `runCommand "device-tree-overlays"` when overlays are set
    hardware.deviceTree = {
      enable = mkOption { type = types.bool; default = false; };
      overlays = mkOption { type = types.listOf types.anything; default = [ ]; };
      name = mkOption { type = types.nullOr types.str; default = null; };
      package = mkOption {
        type = types.path;
        default = pkgs.runCommand "device-tree-overlays" { } "";
      };
    };
  };
}
