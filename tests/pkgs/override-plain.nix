# .override on a table package changes only its identity (variant).
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = p: { inherit (p) name version meta; path = "${p}"; drv = p.drvPath; };
in
{
  once = f (pkgs.firecracker.override { });
  twice = f ((pkgs.firecracker.override { }).override { foo = 1; });
  fn = f (pkgs.stratovirt.override (_: { gtk3 = null; }));
  multi = f (pkgs.e2fsprogs.override { });
  multiBin = (pkgs.e2fsprogs.override { }).bin.outPath;
  exe = pkgs.lib.getExe (pkgs.socat.override { });
}
