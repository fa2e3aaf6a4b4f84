let lib = import <nixpkgs/lib>; in
let
  from = lib.renameCrossIndexFrom "pkgs" {
    pkgsBuildBuild = 1; pkgsBuildHost = 2; pkgsBuildTarget = 3;
    pkgsHostHost = 4; pkgsHostTarget = 5; pkgsTargetTarget = 6;
  };
in {
  inherit from;
  to = lib.renameCrossIndexTo "self" from;
  mapped = lib.mapCrossIndex (x: x * 10) from;
}
