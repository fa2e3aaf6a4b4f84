let lib = import <nixpkgs/lib>; in
let
  even = lib.types.addCheck lib.types.int (x: x / 2 * 2 == x);
  evenList = lib.types.addCheck (lib.types.listOf lib.types.int) (l: builtins.length l < 3);
  r = lib.evalModules {
    modules = [
      { options.e = lib.mkOption { type = even; }; options.l = lib.mkOption { type = evenList; }; }
      { e = 4; l = [ 1 2 ]; }
    ];
  };
in
{
  checks = [ (even.check 2) (even.check 3) (evenList.check [ 1 ]) (evenList.check [ 1 2 3 ]) ];
  inherit (r.config) e l;
  name = even.name;
}
