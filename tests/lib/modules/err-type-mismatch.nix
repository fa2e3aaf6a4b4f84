let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { a = "not an int"; }
  ];
}).config.a
