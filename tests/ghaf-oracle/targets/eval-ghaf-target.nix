# Real Nix + real microvm.nix guest module + real nixpkgs lib (+ Ghaf lib):
# a Ghaf TARGET's VMs (nixosConfigurations.<target>.config.microvm.vms),
# with the checkout's flake outputs computed through a small flake-parts
# model and lib.nixosSystem = the oracle's NixOS stubs (as eval-ghaf.nix).
{ ghafSrc, microvmSrc, nixpkgsLib, target, vm, system ? "x86_64-linux", externalJSON ? "[]" }:
let
  ghaf = /. + ghafSrc;
  realLib = import (/. + nixpkgsLib + "/lib");
  mock = import ../nix/mock-pkgs.nix { lib = realLib; };
  nixosSystem = { modules ? [ ], specialArgs ? { }, system ? null, ... }:
    realLib.evalModules {
      specialArgs = {
        modulesPath = toString ./nixos-modules;
        inherit mock;
        namespaced = true;
        vmcmdEvalVm = { name, modules, specialArgs ? { }, system ? null }: nixosSystem {
          inherit specialArgs;
          modules = [
            ({ lib, ... }: { networking.hostName = lib.mkDefault name; })
            (/. + microvmSrc + "/nixos-modules/microvm")
          ] ++ modules ++ realLib.optional (system != null) ({ lib, ... }: { nixpkgs.hostPlatform = lib.mkDefault system; });
        };
      } // specialArgs;
      modules = [
        ./nixos-stubs-ns.nix
        ./nixos-extra-stubs.nix
        ./nixos-host-stubs.nix
        { _module.check = false; oracle.checkAssertions = false; }
      ] ++ modules ++ realLib.optional (system != null) ({ lib, ... }: { nixpkgs.hostPlatform = lib.mkDefault system; });
    };
  baseLib = realLib.extend (_: _: { inherit nixosSystem; });
  external = builtins.fromJSON externalJSON;
  flakeFile = import (ghaf + "/flake.nix");
  declared = builtins.attrNames (flakeFile.inputs or { });
  empty = { };
  # vmcmd's jetpack-nixos model (crates/ghaf/nix/jetpack-nixos.nix), shared
  jetpack = import ./jetpack-nixos.nix;
  stubOf = kind: if kind == "overlays" then (_: _: { }) else empty;
  stubFor = e: if e.input == "jetpack-nixos" && e.name == "default" && jetpack ? ${e.kind} then jetpack.${e.kind}.default else stubOf e.kind;
  externalInputs = builtins.foldl' (acc: e:
    baseLib.recursiveUpdate acc (
      if e.name == null && e.kind == "packages" then {
        ${e.input}.packages = baseLib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (s: {
          default = mock.mkPackage s { pname = e.input; version = "0"; };
        });
      }
      else if e.name == null then { ${e.input}.${e.kind} = empty; }
      else { ${e.input}.${e.kind}.${e.name} = stubFor e; })
  ) { } (builtins.filter (e: e.qualified || builtins.elem e.input declared) external);
  microvmInput = (externalInputs.microvm or { }) // {
    nixosModules = (externalInputs.microvm.nixosModules or { }) // {
      microvm = /. + microvmSrc + "/nixos-modules/microvm";
      host = ./microvm-host.nix;
    };
  };
  declaredInputs = builtins.mapAttrs (_: _: { }) (flakeFile.inputs or { });
  allSystems = [ "x86_64-linux" "aarch64-linux" "riscv64-linux" "x86_64-darwin" "aarch64-darwin" ];
  flakeUtils.lib = rec {
    system = baseLib.genAttrs allSystems (s: s);
    defaultSystems = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ];
    eachSystem = systems: f:
      builtins.foldl' (acc: sys:
        let r = f sys;
        in acc // builtins.mapAttrs (k: v: (acc.${k} or { }) // { ${sys} = v; }) r
      ) { } systems;
    eachDefaultSystem = eachSystem defaultSystems;
  };
  flakeInputs = builtins.intersectAttrs (declaredInputs // { self = null; }) allInputs;
  allInputs = baseLib.recursiveUpdate declaredInputs externalInputs // {
    flake-utils = flakeUtils;
    microvm = microvmInput;
    nixpkgs = {
      lib = baseLib;
      outPath = "/nonexistent-nixpkgs";
      legacyPackages = baseLib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (s: mock.pkgsFor { system = s; });
    };
    flake-parts = import ./flake-parts.nix { lib = baseLib; };
    self = self';
  };
  outputs = flakeFile.outputs flakeInputs;
  self' = outputs // { inputs = flakeInputs; outPath = ghaf; _type = "flake"; };
  host = outputs.nixosConfigurations.${target};
  entry = host.config.microvm.vms.${vm};
  eval = if entry.evaluatedConfig != null then entry.evaluatedConfig
    else if entry.config != null then entry.config
    else entry.flake.nixosConfigurations.${vm};
  lib = eval.config.lib or baseLib;
in
{
  vms = builtins.attrNames host.config.microvm.vms;
  dbg = let p = host._module.args.pkgs; in { hasStdenv = p ? stdenv; ov = builtins.length host.config.nixpkgs.overlays; hp = host.config.nixpkgs.hostPlatform; k = builtins.attrNames host.config.ghaf.kernel.netvm; };
  result = import ../nix/result.nix { lib = baseLib; inherit eval; } // {
    assertions = { failed = [ ]; warnings = [ ]; };
  };
}
