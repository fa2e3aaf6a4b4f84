let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.a = lib.mkOption { type = lib.types.int; default = 2; apply = x: x * 10; };
      options.ro = lib.mkOption { type = lib.types.str; readOnly = true; default = "fixed"; };
      options.ro2 = lib.mkOption { type = lib.types.str; readOnly = true; };
    }
    { a = 3; ro2 = "set-once"; }
  ];
}).config
