# vmcmd's model of microvm.nix's host module (nixos-modules/host) as far as
# a Ghaf host uses it: the `microvm.vms.<name>` option (evaluatedConfig,
# config + specialArgs, flake, autostart, restartIfChanged, nixpkgs, pkgs)
# and `microvm.host.enable`. The host's systemd units are not modelled.
#
# As upstream (options.nix), `config` merges its definitions into an
# evaluated NixOS system: `[ { networking.hostName = mkDefault name; }
# ../microvm ] ++ definitions` with the entry's `specialArgs`, for the
# host's platform. `vmcmdEvalVm` (a special argument of the host's
# `lib.nixosSystem`) does the evaluation: `{ name, modules, specialArgs,
# system }`, putting `{ networking.hostName = mkDefault name; }` and the
# microvm.nix guest module before `modules`.
{ lib, pkgs, vmcmdEvalVm, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.microvm = {
    host.enable = mkOption { type = types.bool; default = true; };
    autostart = mkOption { type = types.listOf types.str; default = [ ]; };
    vms = mkOption {
      type = types.attrsOf (types.submodule ({ name, config, ... }: {
        freeformType = types.lazyAttrsOf types.raw;
        options = {
          evaluatedConfig = mkOption { type = types.nullOr types.unspecified; default = null; };
          config = mkOption {
            type = types.nullOr (lib.mkOptionType {
              name = "Toplevel NixOS config";
              merge = _loc: defs: vmcmdEvalVm {
                inherit name;
                modules = map (x: x.value) defs;
                inherit (config) specialArgs;
                system =
                  if config.pkgs != null then config.pkgs.stdenv.hostPlatform.system
                  else pkgs.stdenv.hostPlatform.system;
              };
            });
            default = null;
          };
          specialArgs = mkOption { type = types.lazyAttrsOf types.raw; default = { }; };
          flake = mkOption { type = types.nullOr types.raw; default = null; };
          nixpkgs = mkOption { type = types.raw; default = null; };
          pkgs = mkOption { type = types.nullOr types.unspecified; default = null; };
          autostart = mkOption { type = types.bool; default = true; };
          restartIfChanged = mkOption { type = types.bool; default = true; };
        };
      }));
      default = { };
    };
  };
}
