# A symbolic derivation's path needs its inputs: errors in them surface
# when the path is taken, not when the name is.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  bad = pkgs.writeText "bad" (throw "boom");
  badCmd = pkgs.runCommand "bad-cmd" { x = throw "no"; } "";
  badCmd2 = pkgs.runCommand "bad-cmd2" { } (throw "no");
  badJoin = pkgs.symlinkJoin { name = "j"; paths = [ (throw "no") ]; };
  badCi = pkgs.closureInfo { rootPaths = [ bad ]; };
  t = v: (builtins.tryEval v).success;
in
{
  names = [ bad.name badCmd.name badCmd2.name badJoin.name badCi.name ];
  paths = [ (t "${bad}") (t "${badCmd}") (t "${badCmd2}") (t "${badJoin}") (t "${badCi}") ];
  drvPaths = [ (t bad.drvPath) (t badCmd.drvPath) ];
  ok = t "${pkgs.runCommand "good" { x = 1; } "true"}";
}
