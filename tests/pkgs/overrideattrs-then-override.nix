# Changes made by overrideAttrs are kept by a later override.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  e = pkgs.erofs-utils.overrideAttrs (o: { configureFlags = o.configureFlags ++ [ "--enable-fuse" ]; });
  e2 = e.override { };
  e3 = e2.overrideAttrs (o: { configureFlags = builtins.tail o.configureFlags; });
  f = p: { inherit (p) name configureFlags outputs; path = "${p}"; man = p.man.outPath; };
in
{ e = f e; e2 = f e2; e3 = f e3; base = f pkgs.erofs-utils; }
