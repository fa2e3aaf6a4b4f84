let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.bool; }; }
    { e = true; }
    { e = false; }
  ];
}).config.e
