let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      { options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      (lib.setDefaultModuleLocation "my-location.nix" { a = [ 1 ]; })
      (lib.setDefaultModuleLocation "other.nix" ({ ... }: { a = [ 2 ]; }))
    ];
  };
in
{ value = r.config.a; files = r.options.a.files; shape = lib.setDefaultModuleLocation "f" { }; }
