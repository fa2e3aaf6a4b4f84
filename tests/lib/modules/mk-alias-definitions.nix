let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ options, ... }: {
      options.src = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; };
      options.dst = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; };
      config.dst = lib.mkAliasDefinitions options.src;
    })
    { src = [ 1 2 ]; }
    { src = lib.mkAfter [ 3 ]; }
  ];
}).config
