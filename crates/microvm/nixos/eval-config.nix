# Evaluates NixOS-style modules on top of vmcmd's microvm.nix model, the
# way the project oracle does: NixOS stubs, the microvm guest module, the
# given modules, then the defaults below. Returns lib.evalModules' result.
#
#   import <this file> { modules = [ ./vm.nix ]; system = "x86_64-linux"; }
#
# `withMicrovm = false` leaves the guest module out, for callers whose
# modules import it themselves (a Ghaf checkout's `microvm-nix` module):
# its depth in the import tree decides list merge order (kernelParams).
#
# `freeformNixos` (default: `check`) makes the NixOS namespaces the stubs
# do not model accept any definition; see ./nixos-stubs.nix.
{ modules
, withMicrovm ? true
, system ? null            # guest platform unless a module sets nixpkgs.hostPlatform
, specialArgs ? { }
, check ? true             # _module.check: reject undeclared options
, freeformNixos ? check
}:
let
  lib = import <nixpkgs/lib>;
in
lib.evalModules {
  specialArgs = { vmcmdFreeformNixos = freeformNixos; } // specialArgs;
  modules = [ ./nixos-stubs.nix ] ++ (if withMicrovm then [ ./default.nix ] else [ ]) ++ modules ++ [
    ({ lib, ... }: {
      _module.check = check;
      nixpkgs.hostPlatform = lib.mkIf (system != null) (lib.mkDefault system);
    })
  ];
}
