let lib = import <nixpkgs/lib>; in
let
  opts = (lib.evalModules {
    modules = [
      {
        options = {
          defined = lib.mkOption { type = lib.types.int; };
          withDefault = lib.mkOption { type = lib.types.int; default = 3; };
          undefined = lib.mkOption { type = lib.types.int; };
          falseIf = lib.mkOption { type = lib.types.int; };
          emptyList = lib.mkOption { type = lib.types.listOf lib.types.int; };
        };
      }
      { defined = 1; falseIf = lib.mkIf false 2; }
    ];
  }).options;
in
{
  isDefined = lib.mapAttrs (n: o: o.isDefined) (builtins.removeAttrs opts [ "_module" ]);
  emptyListValue = opts.emptyList.value;
}
