let lib = import <nixpkgs/lib>; in
{
  count = lib.count (x: x == 1) [ 1 2 1 3 ];
  opt = [ (lib.optional true "a") (lib.optional false (throw "lazy")) ];
  opts = [ (lib.optionals true [ 1 2 ]) (lib.optionals false (throw "lazy")) ];
  toList = [ (lib.toList 1) (lib.toList [ 1 ]) (lib.toList [ ]) ];
  range = [ (lib.range 2 5) (lib.range 3 3) (lib.range 5 2) (lib.range (-2) 0) ];
  rep = [ (lib.lists.replicate 3 "x") (lib.lists.replicate 0 (throw "lazy")) ];
}
