# The custom stage 1 of microvm.nix c527054 / d578ed4 (upstream
# nixos-modules/microvm/stage-1.nix): an init script on the boot disk that
# mounts the file systems needed for boot (and the writable store overlay)
# and hands over to stage 2 of the NixOS system; its kernel command line
# (root=/dev/vda, init=/init, stage2init=<toplevel>/init, then NixOS'
# boot.kernelParams); a tmpfs root by default. The script itself is not
# modelled (vmcmd never builds it).
{ config, lib, pkgs, utils, ... }:
let
  inherit (config.microvm) writableStoreOverlay;
  hostStore = builtins.head (builtins.filter ({ source, ... }: source == "/nix/store") config.microvm.shares);
  lowerStore = if config.microvm.storeOnBootDisk then "/nix/store" else "$targetRoot${hostStore.mountPoint}";

  fsInfo = pkgs.writeText "initrd-fsinfo" (lib.concatStringsSep "\n" (lib.concatMap
    (fs: [
      fs.mountPoint
      (if fs.device != null then fs.device else "/dev/disk/by-label/${fs.label}")
      fs.fsType
      (lib.concatStringsSep "," fs.options)
    ])
    (builtins.filter utils.fsNeededForBoot config.system.build.fileSystems)));
in
{
  config = lib.mkIf config.microvm.guest.enable {
    system.build.microvmStage1 = pkgs.substituteAll {
      src = "stage-1-init.sh";
      isExecutable = true;
      shell = "${config.system.build.extraUtils}/bin/ash";
      inherit (config.system.build) extraUtils earlyMountScript;
      checkJournalingFS = 1;
      inherit fsInfo;
      postMountCommands = ''
        mkdir -p $targetRoot/etc $targetRoot/boot
        echo -n > $targetRoot/etc/NIXOS
        chmod 1777 $targetRoot/tmp
      '' + lib.optionalString (writableStoreOverlay != null) ''
        mkdir -p -m 0755 $targetRoot/${writableStoreOverlay}/store $targetRoot/${writableStoreOverlay}/work $targetRoot/nix/store
        mount -t overlay overlay $targetRoot/nix/store \
          -o lowerdir=${lowerStore},upperdir=$targetRoot/${writableStoreOverlay}/store,workdir=$targetRoot/${writableStoreOverlay}/work || fail
      '';
    };

    boot.postBootCommands = lib.optionalString (writableStoreOverlay != null) ''
      if [[ "$(cat /proc/cmdline)" =~ regInfo=([^ ]*) ]]; then
        ${config.nix.package.out}/bin/nix-store --load-db < ''${BASH_REMATCH[1]}
      else
        echo "Error: no registration info passed on cmdline"
      fi
    '';

    microvm.kernelParams = [
      "root=/dev/vda"
      "ro"
      "init=/init"
      "devtmpfs.mount=0"
      "stage2init=${config.system.build.toplevel}/init"
      "boot.panic_on_fail"
    ] ++ config.boot.kernelParams;

    fileSystems."/" = lib.mkDefault {
      device = "rootfs";
      fsType = "tmpfs";
      options = [ "size=50%,mode=0755" ];
    };
  };
}
