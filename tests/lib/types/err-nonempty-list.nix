let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.str; }; }
    { l = [ ]; }
  ];
}).config.l
