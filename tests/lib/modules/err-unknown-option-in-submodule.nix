let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.submodule { options.x = lib.mkOption { default = 1; }; }; }; }
    { s.y = 2; }
  ];
}).config.s
