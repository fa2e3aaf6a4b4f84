let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.int; default = 0; };
      options.b = lib.mkOption { type = lib.types.int; default = 0; };
    }
    { a = lib.mkIf true 1; b = lib.mkIf false 2; }
  ];
}).config
