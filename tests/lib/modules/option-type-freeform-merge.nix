let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.t = lib.mkOption { type = lib.types.optionType; }; }
    { t = lib.types.attrsOf lib.types.int; }
    { t = lib.types.attrsOf lib.types.int; }
  ];
}).config.t.description
