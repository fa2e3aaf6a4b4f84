let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.ro = lib.mkOption { type = lib.types.int; readOnly = true; default = 1; }; }
    { ro = 2; }
  ];
}).config.ro
