let lib = import <nixpkgs/lib>; in
{
  unique = lib.unique [ 3 1 3 2 1 [ 1 ] [ 1 ] ];
  uniqueStrings = lib.uniqueStrings [ "b" "a" "b" "c" ];
  allUnique = [ (lib.allUnique [ 1 2 3 ]) (lib.allUnique [ 1 2 1 ]) (lib.allUnique [ ]) ];
  none = lib.unique [ ];
}
