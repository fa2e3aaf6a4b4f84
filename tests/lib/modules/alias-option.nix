let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      (lib.mkAliasOptionModule [ "short" ] [ "some" "long" "name" ])
      { options.some.long.name = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; }; }
      { short = [ 1 ]; some.long.name = [ 2 ]; }
    ];
  };
in
{
  value = r.config.some.long.name;
  viaAlias = r.config.short;
}
