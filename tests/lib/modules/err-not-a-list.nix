let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = 1; }
  ];
}).config.l
