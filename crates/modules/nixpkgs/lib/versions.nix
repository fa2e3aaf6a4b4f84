# vmcmd's own implementation of nixpkgs lib/versions.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
{
}
