let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.common = lib.mkOption { type = lib.types.deferredModule; default = { }; };
      options.machines = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule {
          imports = [ config.common ];
          options.role = lib.mkOption { type = lib.types.str; default = "none"; };
          options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
        });
      };
    })
    { common = { tags = [ "common" ]; }; }
    { common = { config, ... }: { role = lib.mkDefault "worker"; }; }
    { machines.a = { }; machines.b.role = "db"; }
  ];
}).config.machines
