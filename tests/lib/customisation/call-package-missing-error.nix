let lib = import <nixpkgs/lib>; in
let
  callPackage = lib.callPackageWith { hello = 1; helo = 2; world = 3; };
in
(callPackage ({ hellp, world }: hellp + world) { }).x
