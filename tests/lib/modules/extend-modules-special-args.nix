let lib = import <nixpkgs/lib>; in
let
  base = lib.evalModules {
    specialArgs.x = 1;
    modules = [ ({ x, y ? 0, ... }: { options.v = lib.mkOption { default = x; }; }) ];
  };
in
(base.extendModules { specialArgs.x = 2; }).config.v
