let lib = import <nixpkgs/lib>; in
{
  bits = [ (lib.bitAnd 12 10) (lib.bitOr 12 10) (lib.bitXor 12 10) (lib.bitNot 0) (lib.bitNot 5) ];
  minmax = [ (lib.min 3 4) (lib.max 3 4) (lib.min "b" "a") (lib.max 1.5 1) ];
  mod = [ (lib.mod 11 10) (lib.mod 1 10) (lib.mod (-11) 10) (lib.mod 20 5) ];
  compare = [ (lib.compare 1 2) (lib.compare 2 2) (lib.compare "b" "a") ];
  sorted = builtins.sort (a: b: lib.splitByAndCompare (lib.hasPrefix "fo") lib.compare lib.compare a b < 0)
    [ "b" "foo" "a" "fob" ];
  arith = [ (lib.add 1 2) (lib.sub 5 7) (lib.mul 3 4) (lib.div 7 2) (lib.lessThan 1 2) ];
  rounding = [ (lib.ceil 1.2) (lib.floor 1.8) (lib.floor (-1.5)) ];
  types = [ (lib.isInt 1) (lib.isFloat 1.0) (lib.isBool null) ];
}
