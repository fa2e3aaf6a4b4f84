# The read-only store image of microvm.nix 03e7f11 (upstream
# nixos-modules/microvm/store-disk.nix): `microvm.storeDisk` (erofs by
# default, squashfs optional; erofs flags by kernel version) and the
# regInfo= kernel parameter for registering the closure.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  regInfo = pkgs.closureInfo { rootPaths = [ config.system.build.toplevel ]; };
  kernelAtLeast = lib.versionAtLeast config.boot.kernelPackages.kernel.version;

  erofsFlags = lib.concatStringsSep " " ([ "-zlz4hc" ]
    ++ lib.optional (kernelAtLeast "5.16") "-Eztailpacking"
    ++ lib.optional (kernelAtLeast "6.1") "-Efragments");

  mkfs = {
    squashfs = "gensquashfs -D store --all-root -c zstd -q $out";
    erofs = "mkfs.erofs ${erofsFlags} -L nix-store --mount-point=/nix/store $out store";
  }.${cfg.storeDiskType};
in
{
  options.microvm = {
    storeDiskType = lib.mkOption {
      type = lib.types.enum [ "squashfs" "erofs" ];
      default = "erofs";
      description = "File system of the store image.";
    };
    storeDisk = lib.mkOption {
      type = lib.types.path;
      description = "The generated store image.";
    };
  };

  config = lib.mkMerge [
    (lib.mkIf (cfg.guest.enable && cfg.storeOnDisk) {
      boot.initrd.availableKernelModules = [ cfg.storeDiskType ];

      microvm.storeDisk = pkgs.runCommandLocal "microvm-store-disk.${cfg.storeDiskType}" {
        nativeBuildInputs = [
          { squashfs = pkgs.buildPackages.squashfs-tools-ng; erofs = pkgs.buildPackages.erofs-utils; }.${cfg.storeDiskType}
        ];
        passthru = { inherit regInfo; };
      } ''
        mkdir store
        for p in $(sort -u ${lib.concatMapStringsSep " " pkgs.writeReferencesToFile (
          [ config.system.build.toplevel ] ++ lib.optional config.nix.enable regInfo)}); do
          cp -a $p store
        done
        ${mkfs}
      '';
    })

    (lib.mkIf (cfg.guest.enable && config.nix.enable) {
      microvm.kernelParams = [ "regInfo=${regInfo}/registration" ];
      boot.postBootCommands = ''
        if [[ "$(cat /proc/cmdline)" =~ regInfo=([^ ]*) ]]; then
          ${config.nix.package.out}/bin/nix-store --load-db < ''${BASH_REMATCH[1]}
        fi
      '';
    })
  ];
}
