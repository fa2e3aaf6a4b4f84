# vmcmd's model of flake-parts (hercules-ci/flake-parts) as far as a Ghaf
# checkout's `flake.nix` uses it to compute its `flake` outputs:
# `lib.mkFlake { inputs, specialArgs } module` evaluates the flake-parts
# modules and returns `config.flake`. `flake.nixosModules` entries are
# wrapped like flake-parts' nixosModules option does (`_class`, `_file`,
# `imports`), which is visible in NixOS list merge order. `perSystem` is
# kept unevaluated (packages, checks, devShells are not vmcmd's business);
# definitions of options this model does not declare are ignored.
{ lib }:
let
  inherit (lib) mkOption types;

  core = { config, ... }: {
    options = {
      flake = mkOption {
        type = types.submodule {
          freeformType = types.lazyAttrsOf (types.lazyAttrsOf types.raw);
          options.nixosModules = mkOption {
            type = types.lazyAttrsOf types.deferredModule;
            default = { };
            apply = builtins.mapAttrs (k: v: {
              _class = "nixos";
              _file = "${toString config._vmcmdFlakeLocation}#nixosModules.${k}";
              imports = [ v ];
            });
          };
        };
        default = { };
      };
      perSystem = mkOption { type = types.deferredModule; default = { }; };
      systems = mkOption { type = types.listOf types.str; default = [ ]; };
      debug = mkOption { type = types.bool; default = false; };
      _vmcmdFlakeLocation = mkOption { type = types.raw; internal = true; };
    };
    config._module.check = false;
  };

  unavailable = what: _: throw "vmcmd: flake-parts' ${what} is not modelled (per-system outputs are not evaluated)";
in
{
  lib = {
    mkFlake = { inputs, specialArgs ? { }, moduleLocation ? "${inputs.self.outPath}/flake.nix", ... }: module:
      (lib.evalModules {
        specialArgs = {
          inherit inputs;
          inherit (inputs) self;
          flake-parts-lib = { };
        } // specialArgs;
        modules = [
          core
          module
          {
            _vmcmdFlakeLocation = moduleLocation;
            _module.args = {
              withSystem = unavailable "withSystem";
              moduleWithSystem = unavailable "moduleWithSystem";
              getSystem = unavailable "getSystem";
            };
          }
        ];
      }).config.flake;
  };
}
