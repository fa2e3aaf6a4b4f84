let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.users = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, config, ... }: {
          options.name = lib.mkOption { type = lib.types.str; default = name; };
          options.uid = lib.mkOption { type = lib.types.int; };
          options.home = lib.mkOption { type = lib.types.str; default = "/home/${config.name}"; };
        }));
        default = { };
      };
    }
    { users.alice.uid = 1000; }
    { users.bob = { uid = 1001; name = "robert"; }; }
    { users.alice.home = lib.mkForce "/srv/alice"; }
  ];
}).config
