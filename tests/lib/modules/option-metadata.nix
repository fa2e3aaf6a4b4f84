let lib = import <nixpkgs/lib>; in
let
  o = (lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption {
          type = lib.types.listOf lib.types.str;
          default = [ "d" ];
          example = [ "e" ];
          description = "An option.";
        };
      }
    ];
  }).options.a;
in
{
  inherit (o) loc default example description isDefined definitions files highestPrio;
  type = o.type.description;
  value = o.value;
  str = "${o}";
  isOption = lib.isOption o;
  keys = builtins.filter (n: builtins.elem n [ "declarationPositions" "valueMeta" "__toString" ]) (builtins.attrNames o);
}
