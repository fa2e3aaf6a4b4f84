let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.anything; }; }
    { x = 1; }
    { x = "one"; }
  ];
}).config.x
