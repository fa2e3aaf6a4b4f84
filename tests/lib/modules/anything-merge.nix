let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.anything; }; }
    { x = { a = 1; l = [ 1 ]; s.t = "u"; f = false; }; }
    { x = { b = 2; l = [ 1 ]; s.v = lib.mkIf true "w"; f = false; }; }
  ];
}).config
