let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.any = lib.mkOption { type = lib.types.boolByOr; default = false; };
      options.en = lib.mkEnableOption "x";
    }
    { any = false; }
    { any = true; }
    { any = false; en = true; }
  ];
}).config
