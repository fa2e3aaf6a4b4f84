let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.mem = lib.mkOption { type = lib.types.int; default = 512; };
      options.memStr = lib.mkOption { type = lib.types.str; default = "${toString config.mem}M"; };
      options.balloon = lib.mkOption { type = lib.types.int; default = config.mem / 2; };
    })
    { mem = 2048; }
  ];
}).config
