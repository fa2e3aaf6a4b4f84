let lib = import <nixpkgs/lib>; in
{
  r = lib.foldr (x: acc: [ x ] ++ acc) [ ] [ 1 2 3 ];
  l = lib.foldl (acc: x: acc ++ [ x ]) [ "z" ] [ 1 2 3 ];
  s = lib.foldl' (acc: x: acc - x) 10 [ 1 2 3 ];
  lazyR = lib.foldr (x: acc: x) (throw "nul") [ 7 (throw "rest") ];
  lazyL = lib.foldl (acc: x: x) (throw "nul") [ (throw "first") 9 ];
  emptyR = lib.foldr (x: acc: throw "op") "nul" [ ];
  fold = lib.fold (x: acc: x + acc) 0 [ 1 2 ];
}
