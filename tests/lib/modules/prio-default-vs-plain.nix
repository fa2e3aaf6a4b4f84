let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = lib.mkDefault 1; }
    { a = 2; }
  ];
}).config
