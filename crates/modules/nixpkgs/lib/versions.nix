# vmcmd's own implementation of nixpkgs lib/versions.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  inherit (builtins) splitVersion elemAt;
  component = i: v: elemAt (splitVersion v) i;
  firstN = n: xs:
    let len = builtins.length xs; in
    builtins.genList (elemAt xs) (if n < len then n else len);
in
{
  inherit (builtins) compareVersions splitVersion;

  major = component 0;
  minor = component 1;
  patch = component 2;

  majorMinor = v: builtins.concatStringsSep "." (firstN 2 (splitVersion v));

  # Pads (or truncates) the numeric part to `n` components, keeping any
  # `-suffix`.
  pad = n: version:
    let
      numeric = builtins.head (lib.strings.splitString "-" version);
      rest = lib.strings.removePrefix numeric version;
    in
    builtins.concatStringsSep "." (firstN n (splitVersion numeric ++ builtins.genList (_: "0") n)) + rest;
}
