# vmcmd's model of microvm.nix's host module (nixos-modules/host) as far as
# a Ghaf host uses it: the `microvm.vms.<name>` option (evaluatedConfig,
# config + specialArgs, flake, autostart, restartIfChanged, nixpkgs, pkgs)
# and `microvm.host.enable`. The host's systemd units are not modelled.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.microvm = {
    host.enable = mkOption { type = types.bool; default = true; };
    autostart = mkOption { type = types.listOf types.str; default = [ ]; };
    vms = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        freeformType = types.lazyAttrsOf types.raw;
        options = {
          evaluatedConfig = mkOption { type = types.nullOr types.unspecified; default = null; };
          config = mkOption { type = types.nullOr types.deferredModule; default = null; };
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
