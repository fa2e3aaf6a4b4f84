let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    {
      config = lib.mkMerge [
        { l = [ "always" ]; }
        (lib.mkIf true { l = [ "yes" ]; })
        (lib.mkIf false { l = [ "no" ]; })
        (lib.mkIf true (lib.mkMerge [ { l = [ "nested" ]; } (lib.mkIf false { l = [ "nested-no" ]; }) ]))
      ];
    }
  ];
}).config
