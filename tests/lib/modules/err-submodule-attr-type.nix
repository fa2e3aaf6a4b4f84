let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; }; }); }; }
    { s.a.x = "str"; }
  ];
}).config.s.a.x
