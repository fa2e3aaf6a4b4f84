# microvm.nix's store-disk: buildPackages.erofs-utils with an overrideAttrs.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  erofs = pkgs.buildPackages.erofs-utils.overrideAttrs (attrs: {
    configureFlags = builtins.filter (f: builtins.match "MAX_BLOCK_SIZE=.*" f == null) attrs.configureFlags
      ++ [ "MAX_BLOCK_SIZE=16384" ];
  });
in
{
  inherit (erofs) name configureFlags;
  path = "${erofs}";
  bin = "${pkgs.lib.getBin erofs}/bin/mkfs.erofs";
  same = "${pkgs.buildPackages.erofs-utils}" == "${pkgs.erofs-utils}";
  others = map toString [ pkgs.buildPackages.squashfs-tools-ng pkgs.buildPackages.time
    pkgs.buildPackages.bubblewrap pkgs.buildPackages.libguestfs-appliance ];
}
