let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.enable = lib.mkEnableOption "the thing";
      options.port = lib.mkOption { type = lib.types.port; default = 80; };
      options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; };
      config = lib.mkIf config.enable { ports = [ config.port ]; };
    })
    { enable = true; port = 8080; }
  ];
}).config
