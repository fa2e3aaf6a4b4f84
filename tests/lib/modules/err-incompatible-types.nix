let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { options.a = lib.mkOption { type = lib.types.str; }; }
  ];
}).config.a
