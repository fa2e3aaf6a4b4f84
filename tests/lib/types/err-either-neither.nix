let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.either lib.types.int lib.types.bool; }; }
    { e = "str"; }
  ];
}).config.e
