let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }
    { a = 1; b = 2; }
    ({ ... }: { imports = [ ]; _file = "shorthand.nix"; })
  ];
}).config
