let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.l = lib.mkOption {
        type = lib.types.coercedTo lib.types.str (s: [ s ]) (lib.types.listOf lib.types.str);
      };
      options.n = lib.mkOption { type = lib.types.coercedTo lib.types.int toString lib.types.str; };
    }
    { l = "one"; n = 5; }
    { l = [ "two" ]; }
  ];
}).config
