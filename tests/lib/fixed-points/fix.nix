let lib = import <nixpkgs/lib>; in
let
  fixed = lib.fix (self: { a = 1; b = self.a + 1; c = self.b * 10; });
  fixedPrime = lib.fix' (self: { x = 2; y = self.x * 3; });
in {
  inherit fixed;
  prime = { inherit (fixedPrime) x y; hasUnfix = fixedPrime ? __unfix__; };
  refix = (lib.fix fixedPrime.__unfix__).y;
  list = builtins.elemAt (lib.fix (self: [ 1 (builtins.head self + 1) ])) 1;
}
