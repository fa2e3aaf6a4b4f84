# Evaluates NixOS-style modules on top of vmcmd's microvm.nix model, the
# way the project oracle does: NixOS stubs, the microvm guest module, the
# given modules, then the defaults below. Returns lib.evalModules' result.
#
#   import <this file> { modules = [ ./vm.nix ]; system = "x86_64-linux"; }
{ modules
, system ? null            # guest platform unless a module sets nixpkgs.hostPlatform
, specialArgs ? { }
, check ? true             # _module.check: reject undeclared options
}:
let
  lib = import <nixpkgs/lib>;
in
lib.evalModules {
  inherit specialArgs;
  modules = [ ./nixos-stubs.nix ./default.nix ] ++ modules ++ [
    ({ lib, ... }: {
      _module.check = check;
      nixpkgs.hostPlatform = lib.mkIf (system != null) (lib.mkDefault system);
    })
  ];
}
