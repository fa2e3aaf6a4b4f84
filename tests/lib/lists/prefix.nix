let lib = import <nixpkgs/lib>; in
{
  has = [ (lib.lists.hasPrefix [ 1 2 ] [ 1 2 3 ]) (lib.lists.hasPrefix [ 2 ] [ 1 2 ]) (lib.lists.hasPrefix [ ] [ ]) ];
  remove = lib.lists.removePrefix [ "a" ] [ "a" "b" ];
  common = [
    (lib.lists.commonPrefix [ 1 2 3 4 ] [ 1 2 5 ])
    (lib.lists.commonPrefix [ 1 2 ] [ 1 2 3 ])
    (lib.lists.commonPrefix [ ] [ 1 ])
    (lib.lists.commonPrefix [ 1 ] [ 2 ])
  ];
}
