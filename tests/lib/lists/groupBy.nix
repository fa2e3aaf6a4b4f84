let lib = import <nixpkgs/lib>; in
{
  g = lib.groupBy (x: if x > 2 then "big" else "small") [ 1 3 2 4 ];
  g2 = lib.groupBy' (acc: x: acc + x) 0 (x: if x > 2 then "big" else "small") [ 1 3 2 4 ];
  empty = lib.groupBy (x: throw "never") [ ];
  part = lib.partition (x: x > 2) [ 1 3 2 4 ];
}
