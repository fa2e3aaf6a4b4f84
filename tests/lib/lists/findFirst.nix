let lib = import <nixpkgs/lib>; in
{
  first = lib.findFirst (x: x > 3) 0 [ 1 5 4 ];
  missing = lib.findFirst (x: x > 9) "d" [ 1 2 ];
  lazyTail = lib.findFirst (x: x > 0) 0 [ 1 (throw "not inspected") ];
  idx = lib.lists.findFirstIndex (x: x == "b") null [ "a" "b" "c" "b" ];
  idxMissing = lib.lists.findFirstIndex (x: false) (-1) [ 1 2 ];
  idxEmpty = lib.lists.findFirstIndex (x: true) "none" [ ];
}
