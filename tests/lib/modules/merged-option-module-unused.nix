let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    (lib.mkMergedOptionModule [ [ "a" ] [ "b" ] ] [ "c" ] (config: config.a + config.b))
    { options.c = lib.mkOption { type = lib.types.int; default = 0; }; }
    { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
  ];
}).config.c
