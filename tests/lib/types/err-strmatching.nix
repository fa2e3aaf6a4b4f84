let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.strMatching "[0-9]+[MG]"; }; }
    { m = "lots"; }
  ];
}).config.m
