# microvm.nix's overlay: stratovirt.override { gtk3 = null; }.
let
  pkgs = import <nixpkgs> {
    system = "x86_64-linux";
    overlays = [ (final: prev: { stratovirt = prev.stratovirt.override { gtk3 = null; }; }) ];
  };
in
{
  path = "${pkgs.stratovirt}";
  exe = pkgs.lib.getExe pkgs.stratovirt;
  name = pkgs.stratovirt.name;
}
