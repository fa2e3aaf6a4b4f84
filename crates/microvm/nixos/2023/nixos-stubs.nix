# NixOS stand-ins that only the 2023 epochs need (imported by
# ../nixos-stubs.nix for microvm.nix c527054, d578ed4, 03e7f11, with NixOS
# 22.11 / 23.05):
#  * boot.consoleLogLevel (../nixos-stubs.nix adds NixOS' own
#    "loglevel=<n>" kernel parameter, nixos/modules/system/boot/kernel.nix);
#  * fileSystems entries with NixOS' option set (mountPoint, device,
#    fsType, options, label, neededForBoot, depends), the list
#    system.build.fileSystems and `utils.fsNeededForBoot`, which 2023's
#    stage 1 reads;
#  * placeholders for system.build.{extraUtils,earlyMountScript};
#  * boot.initrd.systemd.{mounts,services} (freeform in the oracle's
#    stubs), which 03e7f11 defines for a writable store overlay.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;

  fileSystemOptions = { name, ... }: {
    options = {
      mountPoint = mkOption { type = types.str; default = name; };
      device = mkOption { type = types.nullOr types.str; default = null; };
      fsType = mkOption { type = types.str; default = "auto"; };
      options = mkOption { type = types.listOf types.str; default = [ "defaults" ]; };
      label = mkOption { type = types.nullOr types.str; default = null; };
      neededForBoot = mkOption { type = types.bool; default = false; };
      depends = mkOption { type = types.listOf types.str; default = [ ]; };
    };
  };

  # nixos/lib/utils.nix
  bootPaths = [ "/" "/nix" "/nix/store" "/var" "/var/log" "/var/lib" "/var/lib/nixos" "/etc" "/usr" ];
  utils.fsNeededForBoot = fs: fs.neededForBoot || lib.elem fs.mountPoint bootPaths;
in
{
  options = {
    boot.consoleLogLevel = mkOption { type = types.int; default = 4; };
    fileSystems = mkOption { type = types.attrsOf (types.submodule fileSystemOptions); };
    # what 03e7f11's mounts.nix defines for systemd in the initrd
    boot.initrd.systemd = {
      mounts = mkOption { type = types.listOf types.anything; default = [ ]; };
      services = mkOption { type = types.lazyAttrsOf types.anything; default = { }; };
    };
  };

  config = {
    _module.args.utils = utils;
    system.build = {
      extraUtils = pkgs.runCommand "extra-utils" { } "# vmcmd: the initrd's tools are not built";
      earlyMountScript = pkgs.writeScript "mounts.sh" "# vmcmd: the early mount script is not built";
      fileSystems = lib.attrValues config.fileSystems;
    };
  };
}
