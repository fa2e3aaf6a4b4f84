let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { a = lib.mkDefault 2; }
  ];
}).config
