let lib = import <nixpkgs/lib>; in
{
  two = lib.cartesianProduct { a = [ 1 2 ]; b = [ "x" "y" ]; };
  none = lib.cartesianProduct { };
  emptyList = lib.cartesianProduct { a = [ ]; b = [ 1 ]; };
  mapped = lib.mapCartesianProduct ({ a, b }: a + b) { a = [ 1 2 ]; b = [ 10 20 ]; };
}
