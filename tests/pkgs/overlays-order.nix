# Overlays apply in order; final sees the result, prev the set before.
let
  pkgs = import <nixpkgs> {
    system = "x86_64-linux";
    overlays = [
      (final: prev: { myTool = final.writeShellScript "my-tool" "${final.jq}/bin/jq"; a = 1; })
      (final: prev: { a = prev.a + 1; jq = prev.jq.override { }; b = final.a; })
      (final: prev: { qemu = prev.qemu.overrideAttrs (o: { patches = [ "p" ]; }); })
    ];
  };
in
{
  inherit (pkgs) a b;
  tool = pkgs.myTool.text;
  toolPath = "${pkgs.myTool}";
  jq = "${pkgs.jq}";
  kvm = { inherit (pkgs.qemu_kvm) name patches; path = "${pkgs.qemu_kvm}"; };
  runtimeShell = pkgs.runtimeShell;
}
