let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; }; }
    { m.a = 1; }
    { m = { b = 2; c = lib.mkDefault 3; }; }
    { m.c = 4; m.d = lib.mkIf false 5; }
  ];
}).config
