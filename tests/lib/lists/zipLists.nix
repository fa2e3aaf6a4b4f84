let lib = import <nixpkgs/lib>; in
{
  with_ = lib.zipListsWith (a: b: a + b) [ 1 2 3 ] [ 10 20 ];
  plain = lib.zipLists [ 1 2 ] [ "a" "b" "c" ];
  empty = lib.zipLists [ ] [ 1 ];
  rev = [ (lib.reverseList [ 1 2 3 ]) (lib.reverseList [ ]) ];
}
