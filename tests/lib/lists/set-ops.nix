let lib = import <nixpkgs/lib>; in
{
  inter = lib.intersectLists [ 1 2 3 ] [ 3 4 1 1 ];
  sub = lib.subtractLists [ 1 2 ] [ 1 2 3 4 2 ];
  mutex = [
    (lib.mutuallyExclusive [ 1 2 ] [ 3 4 ])
    (lib.mutuallyExclusive [ 1 2 ] [ 4 2 ])
    (lib.mutuallyExclusive [ ] (throw "lazy"))
  ];
  concatValues = lib.concatAttrValues { b = [ 3 ]; a = [ 1 2 ]; };
}
