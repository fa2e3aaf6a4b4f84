# stdenv.hostPlatform facts (non-function members of lib.systems.elaborate).
let
  pkgs = import <nixpkgs> { system = "aarch64-darwin"; };
  p = pkgs.stdenv.hostPlatform;
  keys = import ./data/platform-keys.nix;
in
builtins.listToAttrs (map (k: { name = k; value = p.${k}; }) keys)
  // { parsed = { inherit (p.parsed) _type cpu vendor kernel; abi = p.parsed.abi.name; }; }
