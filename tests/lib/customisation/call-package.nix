let lib = import <nixpkgs/lib>; in
let
  pkgs = { a = 1; b = 2; c = 3; };
  callPackage = lib.callPackageWith pkgs;
  foo = callPackage ({ a, b, d ? 4 }: { total = a + b + d; }) { };
  bar = callPackage ({ a, c }: { total = a + c; }) { c = 30; };
  many = lib.callPackagesWith pkgs ({ a, b }: { x = { v = a; }; y = { v = b; }; }) { };
in {
  foo = foo.total;
  fooOverride = (foo.override { d = 100; }).total;
  bar = bar.total;
  many = [ many.x.v many.y.v (many.x.override { a = 7; }).v ];
  fromFile = (callPackage ./data/pkg.nix { }).r;
}
