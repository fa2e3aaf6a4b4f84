let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      {
        options.s = lib.mkOption {
          type = lib.types.submodule ({ name, ... }: { options.n = lib.mkOption { default = name; }; });
          default = { };
        };
        options.l = lib.mkOption {
          type = lib.types.listOf (lib.types.submodule ({ name, ... }: { options.n = lib.mkOption { default = name; }; }));
        };
      }
      { l = [ { } { } ]; }
    ];
  };
in
r.config
