# callPackage: automatic arguments, explicit ones win, .override re-calls.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  p = pkgs.callPackage ./data/my-package.nix { };
  q = pkgs.callPackage ./data/my-package.nix { extra = "x"; };
  r = p.override { extra = "y"; firecracker = pkgs.firecracker.overrideAttrs (_: { version = "1.12.1"; }); };
  inline = pkgs.callPackage ({ jq, socat }: [ "${jq}" "${socat}" ]) { };
in
{
  p = { inherit (p) name text; path = "${p}"; };
  q = { inherit (q) name text; path = "${q}"; };
  r = { inherit (r) name text; path = "${r}"; };
  inherit inline;
}
