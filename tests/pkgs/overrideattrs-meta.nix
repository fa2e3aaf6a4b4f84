# meta after overrideAttrs: a changed mainProgram does not stick (the
# symbolic package keeps the table's mainProgram), other meta does.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  a = pkgs.jq.overrideAttrs (o: { meta = o.meta // { mainProgram = "yq"; description = "d"; }; });
  b = pkgs.parted.overrideAttrs (o: { meta = o.meta // { mainProgram = "parted"; }; });
in
{
  a = a.meta;
  b = b.meta;
  exeB = pkgs.lib.getExe b;
  bPath = "${b}";
}
