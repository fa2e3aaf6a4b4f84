let lib = import <nixpkgs/lib>; in
{
  last = [ (lib.last [ 1 2 3 ]) (lib.last [ "x" ]) ];
  init = [ (lib.init [ 1 2 3 ]) (lib.init [ "x" ]) ];
  lazy = lib.last [ (throw "not forced") 4 ];
}
