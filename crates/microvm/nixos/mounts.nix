# Guest file systems (upstream mounts.nix): tmpfs root, /nix/store from the
# store image, a host share or an overlay, volumes and shares.
{ config, lib, ... }:
let
  cfg = config.microvm;
  inherit (cfg) storeDiskType storeOnDisk writableStoreOverlay;
  inherit (import ./lib.nix { inherit lib; }) defaultFsType withDriveLetters since;

  # 5bbc126 (2025-03): mounts required systemd-modules-load instead of
  # being ordered after it, the store overlay was a plain `overlay` mount
  # with `depends`, and the host store was bind-mounted read-write
  after2025_03 = since "c5a04bc";
  afterModules =
    if after2025_03 then "x-systemd.after=systemd-modules-load.service"
    else "x-systemd.requires=systemd-modules-load.service";

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
    options = lib.optionals after2025_03 extraOptions ++ [ afterModules ];
    neededForBoot = true;
  } // lib.optionalAttrs after2025_03 {
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
    virtiofs = [ "defaults" afterModules ];
    "9p" = [ "trans=virtio" "version=9p2000.L" "msize=65536" afterModules ];
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
        options = lib.optional after2025_03 "ro" ++ [ "bind" ];
        neededForBoot = true;
      } // lib.optionalAttrs after2025_03 {
        fsType = hostStoreShare.proto;
      };
    })
    (lib.optionalAttrs (storeOnDisk && writableStoreOverlay != null) {
      "/nix/.ro-store" = storeImageMount [ "ro" ];
    })
    (lib.optionalAttrs (writableStoreOverlay != null && !after2025_03) {
      "/nix/store" = {
        device = "overlay";
        fsType = "overlay";
        neededForBoot = true;
        options = [
          "lowerdir=${roStore}"
          "upperdir=${writableStoreOverlay}/store"
          "workdir=${writableStoreOverlay}/work"
        ];
        depends = [ roStore writableStoreOverlay ];
      };
    })
    (lib.optionalAttrs (writableStoreOverlay != null && after2025_03) {
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
  # (5bbc126: whenever the initrd runs systemd; it also set up the overlay
  # in the initrd with a mount unit and an rw-store service, not modelled)
  systemd.mounts = lib.mkIf (config.boot.initrd.systemd.enable
    && (!after2025_03 || (!storeOnDisk && writableStoreOverlay == null))) [
    {
      what = "store";
      where = "/nix/store";
      overrideStrategy = "asDropin";
      unitConfig.DefaultDependencies = false;
    }
  ];
}
