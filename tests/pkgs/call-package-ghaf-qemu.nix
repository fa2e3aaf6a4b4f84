# A Ghaf-style package called from an overlay.
let
  pkgs = import <nixpkgs> {
    system = "x86_64-linux";
    overlays = [ (final: prev: { ghaf-qemu = final.callPackage ./data/ghaf-qemu.nix { }; }) ];
  };
  q = pkgs.ghaf-qemu;
in
{
  inherit (q) name pname version configureFlags meta;
  patchCount = builtins.length q.patches;
  path = "${q}";
  over = "${q.override { }}";
  overName = (q.override { nixosTestRunner = true; }).name;
}
