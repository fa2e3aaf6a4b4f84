let lib = import <nixpkgs/lib>; in
let
  r = lib.modules.mergeDefinitions [ "x" ] (lib.types.listOf lib.types.int) [
    { file = "a.nix"; value = [ 1 ]; }
    { file = "b.nix"; value = lib.mkBefore [ 0 ]; }
    { file = "c.nix"; value = lib.mkIf false [ 9 ]; }
    { file = "d.nix"; value = lib.mkDefault [ 5 ]; }
  ];
in
{
  inherit (r) mergedValue isDefined optionalValue;
  defsFinal = r.defsFinal;
  highestPrio = r.defsFinal'.highestPrio;
}
