# The symbolic package set: what `import <nixpkgs> { ... }` returns.
#
# Every package is a symbolic derivation (./derivations.nix) named after the
# package table (./table.nix); nothing is ever built or fetched. Overlays
# apply as in nixpkgs (`final: prev: { ... }`, in order).
{ localSystem, crossSystem ? localSystem, overlays ? [ ], config ? { } }:
let
  lib = import ../lib;
  platforms = import ./platforms.nix;
  config' = if builtins.isFunction config then config { } else config;
  table = import ./table.nix { extra = config'.vmcmd.packages or { }; };

  localPlatform = platforms.elaborate localSystem;
  crossPlatform = platforms.elaborate crossSystem;

  # nixpkgs' `pkgsCross` names for the platforms known here.
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

  applyOverlays = base:
    let
      extended = builtins.foldl'
        (f: overlay: final: let prev = f final; in prev // overlay final prev)
        base
        overlays;
      self = extended self;
    in
    self;

  # The package set for packages running on `hostPlatform`, built on
  # `buildPlatform`; `native` is the set for the build platform (the same
  # set unless cross-compiling).
  packageSet = { buildPlatform, hostPlatform, native ? null }:
    applyOverlays (final:
      import ./all-packages.nix {
        inherit lib table final;
        config = config';
        inherit buildPlatform hostPlatform;
        buildPackages = if native == null then final else native;
        crossSets = builtins.mapAttrs
          (_: system: packageSet {
            buildPlatform = localPlatform;
            hostPlatform = platforms.elaborate system;
            native = nativeSet;
          })
          crossNames;
        path = ../.;
        overlays = overlays;
        elaborate = platforms.elaborate;
      });

  nativeSet = packageSet { buildPlatform = localPlatform; hostPlatform = localPlatform; };
in
if crossPlatform.system == localPlatform.system then
  nativeSet
else
  packageSet { buildPlatform = localPlatform; hostPlatform = crossPlatform; native = nativeSet; }
