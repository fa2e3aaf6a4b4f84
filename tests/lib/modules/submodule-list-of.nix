let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.ifs = lib.mkOption {
        type = lib.types.listOf (lib.types.submodule {
          options.id = lib.mkOption { type = lib.types.str; };
          options.type = lib.mkOption { type = lib.types.enum [ "tap" "macvtap" ]; default = "tap"; };
        });
        default = [ ];
      };
    }
    { ifs = [ { id = "a"; } ]; }
    { ifs = [ { id = "b"; type = "macvtap"; } (lib.mkIf false { id = "never"; }) ]; }
  ];
}).config
