let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; }
    { l = lib.mkDefault [ 1 ]; }
    { l = lib.mkDefault [ 2 ]; }
  ];
}).config
