let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { default = 1; }; }
    { config.a = 2; b = 3; }
  ];
}).config
