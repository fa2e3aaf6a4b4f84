let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; }
    { l = lib.mkOptionDefault [ 1 ]; }
  ];
}).config
