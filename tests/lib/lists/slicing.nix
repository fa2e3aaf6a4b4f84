let lib = import <nixpkgs/lib>; in
{
  take = [ (lib.take 2 [ 1 2 3 ]) (lib.take 5 [ 1 ]) (lib.take 0 [ 1 ]) ];
  drop = [ (lib.drop 2 [ 1 2 3 ]) (lib.drop 5 [ 1 ]) (lib.drop 0 [ 1 ]) ];
  takeEnd = [ (lib.takeEnd 2 [ 1 2 3 ]) (lib.takeEnd 9 [ 1 2 ]) (lib.takeEnd 0 [ 1 ]) ];
  dropEnd = [ (lib.dropEnd 2 [ 1 2 3 ]) (lib.dropEnd 9 [ 1 2 ]) (lib.dropEnd 0 [ 1 ]) ];
  sub = [ (lib.sublist 1 2 [ 1 2 3 4 ]) (lib.sublist 3 9 [ 1 2 3 4 ]) (lib.sublist 9 1 [ 1 ]) ];
  lazy = lib.take 1 [ 1 (throw "lazy") ];
}
