# The boot disk of microvm.nix c527054 / d578ed4 (upstream
# nixos-modules/microvm/root-disk.nix with lib/{squashfs,erofs}.nix): a
# read-only root image holding the custom stage 1, its tools and (unless
# the host's store is shared) the system closure; the qemu runner boots
# from it as /dev/vda. Never built by vmcmd: only its store path matters.
{ config, lib, pkgs, ... }:
let
  inherit (config.system.build) extraUtils microvmStage1 toplevel;
  regInfo = pkgs.closureInfo { rootPaths = [ toplevel ]; };

  # one image builder for both file systems
  rootImage = fsType: tools: mkfs:
    pkgs.runCommandLocal "rootfs.${fsType}" {
      buildInputs = tools;
      passthru = { inherit regInfo; };
    } ''
      mkdir -p $(printf 'rootfs/%s ' nix/store mnt-root dev etc lib run proc sys tmp)
      ln -s ${extraUtils}/bin rootfs/bin
      ln -s ${microvmStage1} rootfs/init
      for p in $(sort -u ${lib.concatMapStringsSep " " pkgs.writeReferencesToFile (
        [ microvmStage1 extraUtils ]
        ++ lib.optionals config.microvm.storeOnBootDisk [ toplevel regInfo ])}); do
        cp -a $p rootfs/nix/store
      done
      ${mkfs}
      du -hs $out
    '';
in
{
  options.microvm = {
    bootDiskType = lib.mkOption {
      type = lib.types.enum [ "squashfs" "erofs" ];
      default = "squashfs";
      description = "File system of the boot disk.";
    };
    bootDisk = lib.mkOption {
      type = lib.types.package;
      default = config.system.build.${config.microvm.bootDiskType};
      defaultText = lib.literalExpression ''"''${config.system.build.squashfs}"'';
      description = "The boot disk image.";
    };
  };

  config = lib.mkIf config.microvm.guest.enable {
    system.build.squashfs = rootImage "squashfs" [ pkgs.squashfsTools ]
      "mksquashfs rootfs $out -reproducible -all-root -4k-align";
    system.build.erofs = rootImage "erofs" [ pkgs.erofs-utils ]
      "mkfs.erofs -zlz4hc $out rootfs";

    microvm.kernelParams = [
      "regInfo=${config.microvm.bootDisk.passthru.regInfo}/registration"
    ];
  };
}
