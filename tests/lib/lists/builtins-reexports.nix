let lib = import <nixpkgs/lib>; in
{
  a = [ (lib.head [ 1 2 ]) (lib.tail [ 1 2 ]) (lib.length [ 1 2 ]) (lib.isList [ ]) (lib.elemAt [ 1 2 ] 1) ];
  b = [ (lib.concatLists [ [ 1 ] [ 2 ] ]) (lib.filter (x: x > 1) [ 1 2 ]) (lib.elem 2 [ 1 2 ]) (lib.genList (x: x * 2) 3) ];
  c = [ (lib.any (x: x > 1) [ 1 2 ]) (lib.all (x: x > 1) [ 1 2 ]) (lib.concatMap (x: [ x x ]) [ 1 2 ]) (lib.lists.map (x: x + 1) [ 1 ]) ];
}
