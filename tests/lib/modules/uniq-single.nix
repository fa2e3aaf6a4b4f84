let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.uniq (lib.types.listOf lib.types.int); default = [ 0 ]; }; }
    { u = [ 1 2 ]; }
  ];
}).config
