# overrideAttrs changing the version renames the package.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  fc = pkgs.firecracker.overrideAttrs (_: { version = "1.12.1"; });
  f = p: { inherit (p) name pname version meta; path = "${p}"; exe = pkgs.lib.getExe p; };
in
{
  fc = f fc;
  fcAttrs = f (pkgs.firecracker.overrideAttrs (_: { version = "1.10.0"; }));
  chv = f (pkgs.cloud-hypervisor.overrideAttrs (o: { version = "35.0"; pname = o.pname; }));
  pname = f (pkgs.socat.overrideAttrs (_: { pname = "socat2"; }));
  twice = f (fc.overrideAttrs (o: { version = o.version + "-rc"; }));
}
