let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 0; }; options.b = lib.mkOption { type = lib.types.int; default = 0; }; }
    { config = lib.mkMerge [ { a = 1; } { b = 2; } ]; }
    (lib.mkIf true { a = lib.mkForce 5; })
  ];
}).config
