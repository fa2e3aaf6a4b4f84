let lib = import <nixpkgs/lib>; in
let
  cfg = (lib.evalModules {
    modules = [
      { options.f = lib.mkOption { type = lib.types.functionTo (lib.types.listOf lib.types.int); }; }
      { f = x: [ x ]; }
      { f = x: [ (x + 1) ]; }
    ];
  }).config;
in
cfg.f 10
