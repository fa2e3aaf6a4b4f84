# Native sets: buildPackages and the pkgsBuild*/pkgsHostTarget aliases.
let
  pkgs = import <nixpkgs> { system = "aarch64-linux"; };
in
{
  build = "${pkgs.buildPackages.erofs-utils}";
  host = "${pkgs.erofs-utils}";
  bb = "${pkgs.pkgsBuildBuild.time}";
  bh = "${pkgs.pkgsBuildHost.squashfs-tools-ng}";
  ht = "${pkgs.pkgsHostTarget.jq}";
  sys = pkgs.buildPackages.stdenv.hostPlatform.system;
  targetSys = pkgs.stdenv.targetPlatform.system;
}
