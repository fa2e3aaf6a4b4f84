let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.s = lib.mkOption {
        type = lib.types.submodule {
          options.a = lib.mkOption { type = lib.types.int; default = 1; };
          options.b.c = lib.mkOption { type = lib.types.str; default = "x"; };
        };
      };
    }
  ];
}).config
