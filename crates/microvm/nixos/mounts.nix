# Guest file systems (upstream mounts.nix): tmpfs root, /nix/store from the
# store image, a host share or an overlay, volumes and shares.
{ config, lib, ... }:
let
  cfg = config.microvm;
  inherit (cfg) storeDiskType storeOnDisk writableStoreOverlay;
  inherit (import ./lib.nix { inherit lib; }) defaultFsType withDriveLetters;

  hostStoreShare = builtins.head (builtins.filter (share: share.source == "/nix/store") cfg.shares);

  # where the read-only store is mounted when an overlay goes on top
  roStore = if storeOnDisk then "/nix/.ro-store" else hostStoreShare.mountPoint;

  # erofs images carry the label nix-store; squashfs is found as vda
  roStoreDevice =
    if !storeOnDisk then
      throw "No disk letter when /nix/store is not in disk"
    else if storeDiskType == "erofs" then
      "/dev/disk/by-label/nix-store"
    else
      "/dev/vda";

  overlayOnVirtiofs = builtins.any
    (share: share.mountPoint == writableStoreOverlay && share.proto == "virtiofs")
    cfg.shares;

  storeImageMount = extraOptions: {
    device = roStoreDevice;
    fsType = storeDiskType;
    options = extraOptions ++ [ "x-systemd.after=systemd-modules-load.service" ];
    neededForBoot = true;
    noCheck = true;
  };

  volumeMounts = builtins.foldl' (acc: volume:
    acc // lib.optionalAttrs (volume.mountPoint != null) {
      ${volume.mountPoint} = {
        fsType = volume.fsType or defaultFsType;
        # a label identifies the right disk more reliably than its letter
        device =
          if volume.label != null then "/dev/disk/by-label/${volume.label}" else "/dev/vd${volume.letter}";
      } // lib.optionalAttrs (volume.mountPoint == writableStoreOverlay) { neededForBoot = true; };
    }) { } (withDriveLetters cfg);

  shareOptions = {
    virtiofs = [ "defaults" "x-systemd.after=systemd-modules-load.service" ];
    "9p" = [ "trans=virtio" "version=9p2000.L" "msize=65536" "x-systemd.after=systemd-modules-load.service" ];
  };

  shareMounts = builtins.foldl' (acc: share:
    acc // {
      ${share.mountPoint} = {
        device = share.tag;
        fsType = share.proto;
        options = shareOptions.${share.proto};
      } // lib.optionalAttrs (share.source == "/nix/store" || share.mountPoint == writableStoreOverlay) {
        neededForBoot = true;
      };
    }) { } cfg.shares;
in
lib.mkIf cfg.guest.enable {
  fileSystems = lib.mkMerge [
    (lib.optionalAttrs (storeOnDisk && writableStoreOverlay == null) {
      "/nix/store" = storeImageMount [ ];
    })
    # the host store mounted elsewhere: bind it into place
    (lib.optionalAttrs
      (!storeOnDisk && writableStoreOverlay == null && hostStoreShare.mountPoint != "/nix/store") {
      "/nix/store" = {
        device = hostStoreShare.mountPoint;
        fsType = hostStoreShare.proto;
        options = [ "ro" "bind" ];
        neededForBoot = true;
      };
    })
    (lib.optionalAttrs (storeOnDisk && writableStoreOverlay != null) {
      "/nix/.ro-store" = storeImageMount [ "ro" ];
    })
    (lib.optionalAttrs (writableStoreOverlay != null) {
      "/nix/store" = {
        neededForBoot = true;
        overlay = {
          lowerdir = [ roStore ];
          upperdir = "${writableStoreOverlay}/store";
          workdir = "${writableStoreOverlay}/work";
        };
        options = lib.mkIf overlayOnVirtiofs [ "userxattr" ];
      };
    })
    {
      # tmpfs root unless configured otherwise
      "/" = lib.mkDefault {
        device = "rootfs";
        fsType = "tmpfs";
        options = [ "size=50%,mode=0755" ];
        neededForBoot = true;
      };
    }
    volumeMounts
    shareMounts
  ];

  # qemu: unmount the host store cleanly on shutdown
  systemd.mounts = lib.mkIf (config.boot.initrd.systemd.enable && !storeOnDisk && writableStoreOverlay == null) [
    {
      what = "store";
      where = "/nix/store";
      overrideStrategy = "asDropin";
      unitConfig.DefaultDependencies = false;
    }
  ];
}
