let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.n = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
    { n = null; }
    { n = "x"; }
  ];
}).config.n
