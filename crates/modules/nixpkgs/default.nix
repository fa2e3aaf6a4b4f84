# vmcmd's built-in stand-in for `import <nixpkgs> { ... }`: the nixpkgs
# `lib` plus a symbolic package set (./pkgs): packages are derivation-shaped
# attribute sets with fake store paths; nothing is ever built or fetched.
#
# Arguments as in nixpkgs: `system` (or `localSystem`), `crossSystem`,
# `overlays`, `config` (`config.vmcmd.packages` overrides package versions,
# see ./pkgs/table.nix). Without a system, the evaluator's
# `builtins.currentSystem` is used.
{ system ? builtins.currentSystem
, localSystem ? { inherit system; }
, crossSystem ? localSystem
, overlays ? [ ]
, crossOverlays ? [ ]
, config ? { }
, ...
}:
import ./pkgs/top-level.nix {
  inherit localSystem crossSystem config;
  overlays = overlays ++ crossOverlays;
}
