let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a.b.c = lib.mkOption { type = lib.types.int; default = 1; }; }
    { options.a.b.d = lib.mkOption { type = lib.types.str; default = "x"; }; }
    { options.a.e = lib.mkOption { type = lib.types.bool; default = false; }; }
    { a.b.c = 2; a.e = true; }
  ];
}).config
