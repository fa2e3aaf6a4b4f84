# vfkit's Rosetta support needs the guest's Rosetta integration
# (upstream rosetta.nix).
{ config, lib, ... }:
lib.mkIf (config.microvm.hypervisor == "vfkit" && config.microvm.vfkit.rosetta.enable) {
  virtualisation.rosetta.enable = true;
}
