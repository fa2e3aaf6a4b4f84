let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.settings = lib.mkOption {
        type = lib.types.submodule {
          freeformType = with lib.types; attrsOf (oneOf [ int str bool ]);
          options.port = lib.mkOption { type = lib.types.port; default = 22; };
        };
        default = { };
      };
    }
    { settings = { PermitRootLogin = "no"; X11 = false; }; }
    { settings.port = 2222; }
  ];
}).config
