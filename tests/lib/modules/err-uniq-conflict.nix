let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.u = lib.mkOption { type = lib.types.uniq lib.types.str; }; }
    { u = "a"; }
    { u = "a"; }
  ];
}).config.u
