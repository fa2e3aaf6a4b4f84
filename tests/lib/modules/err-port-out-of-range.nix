let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.p = lib.mkOption { type = lib.types.port; }; }
    { p = 70000; }
  ];
}).config.p
