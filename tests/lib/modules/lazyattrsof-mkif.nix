let lib = import <nixpkgs/lib>; in
let
  cfg = (lib.evalModules {
    modules = [
      { options.m = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
      { m.a = 1; m.b = lib.mkIf false 2; m.c = throw "lazy"; }
    ];
  }).config;
in
{
  names = builtins.attrNames cfg.m;
  a = cfg.m.a;
  hasB = cfg.m ? b;
}
