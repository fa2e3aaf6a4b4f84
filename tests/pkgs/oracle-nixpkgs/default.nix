# Reference side of the pkgs corpus (used by ./regen.sh only): what
# `import <nixpkgs> { ... }` means for the project's oracle, i.e. the
# oracle's mock package set (<oracle-mock/mock-pkgs.nix>) on the real
# nixpkgs lib (<nixpkgs-lib/lib>). Things vmcmd offers beyond the mock are
# expressed here with the mock's own building blocks:
#   * pkgsCross.<name> = the mock set of that platform;
#   * vmcmd.mkPackage / vmcmd.table = the mock's mkPackage and table;
#   * config.vmcmd.packages = { NAME = VERSION; } rebuilds those packages
#     (and "kernel") from the table with the new version, as an overlay.
{ system ? builtins.currentSystem
, localSystem ? { inherit system; }
, crossSystem ? localSystem
, overlays ? [ ]
, config ? { }
, ...
}:
let
  lib = import <nixpkgs-lib/lib>;
  mock = import <oracle-mock/mock-pkgs.nix> { inherit lib; };
  sys = s: if builtins.isString s then s else s.system;
  hostSystem = sys crossSystem;

  versionOverlay = final: prev:
    lib.mapAttrs' (name: version:
      if name == "kernel" then
        let
          kernel = mock.mkPackage hostSystem {
            pname = "linux";
            inherit version;
            inherit (mock.table.kernel) outputs;
            passthru = {
              modDirVersion = version;
              baseVersion = version;
              features = { };
              kernelAtLeast = lib.versionAtLeast version;
              kernelOlder = lib.versionOlder version;
            };
          };
        in
        lib.nameValuePair "linuxPackages" { inherit kernel; }
      else
        lib.nameValuePair name (mock.mkPackage hostSystem (mock.table.packages.${name} // { inherit version; })))
      (config.vmcmd.packages or { });

  crossNames = {
    gnu64 = "x86_64-linux";
    gnu32 = "i686-linux";
    aarch64-multiplatform = "aarch64-linux";
    armv7l-hf-multiplatform = "armv7l-linux";
    riscv64 = "riscv64-linux";
    powernv = "powerpc64le-linux";
    x86_64-darwin = "x86_64-darwin";
    aarch64-darwin = "aarch64-darwin";
  };

  allOverlays = overlays ++ [ versionOverlay ];
  crossOverlay = final: prev: {
    pkgsCross = builtins.mapAttrs (_: s: mock.pkgsFor { system = s; overlays = allOverlays; }) crossNames;
    # vmcmd's helpers: the oracle's mkPackage for this system and its table.
    vmcmd = {
      mkPackage = mock.mkPackage hostSystem;
      inherit (mock) table;
    };
  };
in
mock.pkgsFor { system = hostSystem; overlays = [ crossOverlay ] ++ allOverlays; }
