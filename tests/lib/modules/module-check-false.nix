let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { _module.check = false; }
    { undeclared.nested = 1; a = 3; }
  ];
}).config
