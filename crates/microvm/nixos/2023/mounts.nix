# Guest file systems of microvm.nix 03e7f11 (upstream
# nixos-modules/microvm/mounts.nix): tmpfs root, /nix/store from the store
# image, a host share or an overlay of either, volumes and shares; the
# systemd-initrd units for the overlay.
{ config, lib, ... }:
let
  cfg = config.microvm;
  inherit (cfg) storeDiskType storeOnDisk writableStoreOverlay;
  inherit (import ./lib.nix { inherit lib; }) defaultFsType withDriveLetters;

  hostStore = builtins.head (builtins.filter ({ source, ... }: source == "/nix/store") cfg.shares);
  roStore = if storeOnDisk then "/nix/.ro-store" else hostStore.mountPoint;

  # erofs has a label; squashfs is found by position (after
  # cloud-hypervisor's boot disk)
  roStoreDisk =
    if !storeOnDisk then throw "No disk letter when /nix/store is not in disk"
    else if storeDiskType == "erofs" then "/dev/disk/by-label/nix-store"
    else if cfg.hypervisor == "cloud-hypervisor" then "/dev/vdb"
    else "/dev/vda";

  storeImage = {
    device = roStoreDisk;
    fsType = storeDiskType;
    options = [ "x-systemd.after=systemd-modules-load.service" ];
    neededForBoot = true;
  };
in
lib.mkIf cfg.guest.enable {
  fileSystems = lib.mkMerge [
    (lib.optionalAttrs (storeOnDisk && writableStoreOverlay == null) {
      "/nix/store" = storeImage;
    })
    (lib.optionalAttrs (!storeOnDisk && writableStoreOverlay == null && hostStore.mountPoint != "/nix/store") {
      "/nix/store" = { device = hostStore.mountPoint; options = [ "bind" ]; neededForBoot = true; };
    })
    (lib.optionalAttrs (storeOnDisk && writableStoreOverlay != null) {
      "/nix/.ro-store" = storeImage;
    })
    (lib.optionalAttrs (writableStoreOverlay != null) {
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
    {
      "/" = lib.mkDefault {
        device = "rootfs";
        fsType = "tmpfs";
        options = [ "size=50%,mode=0755" ];
        neededForBoot = true;
      };
    }
    (builtins.foldl' (acc: { mountPoint, letter, fsType ? defaultFsType, ... }:
      acc // lib.optionalAttrs (mountPoint != null) {
        ${mountPoint} = {
          inherit fsType;
          device = "/dev/vd${letter}";
          neededForBoot = mountPoint == writableStoreOverlay;
        };
      }) { } (withDriveLetters cfg))
    (builtins.foldl' (acc: { mountPoint, tag, proto, source, ... }:
      acc // {
        ${mountPoint} = {
          device = tag;
          fsType = proto;
          options = {
            virtiofs = [ "defaults" "x-systemd.after=systemd-modules-load.service" ];
            "9p" = [ "trans=virtio" "version=9p2000.L" "msize=65536" ];
          }.${proto};
          neededForBoot = source == "/nix/store" || mountPoint == writableStoreOverlay;
        };
      }) { } cfg.shares)
  ];

  # systemd in the initrd mounts the overlay itself (as in NixOS' qemu-vm.nix)
  boot.initrd.systemd = lib.mkIf (config.boot.initrd.systemd.enable && writableStoreOverlay != null) {
    mounts = [ {
      where = "/sysroot/nix/store";
      what = "overlay";
      type = "overlay";
      options = lib.concatStringsSep "," [
        "lowerdir=/sysroot${roStore}"
        "upperdir=/sysroot${writableStoreOverlay}/store"
        "workdir=/sysroot${writableStoreOverlay}/work"
      ];
      wantedBy = [ "initrd-fs.target" ];
      before = [ "initrd-fs.target" ];
      requires = [ "rw-store.service" ];
      after = [ "rw-store.service" ];
      unitConfig.RequiresMountsFor = roStore;
    } ];
    services.rw-store = {
      unitConfig = {
        DefaultDependencies = false;
        RequiresMountsFor = "/sysroot${writableStoreOverlay}";
      };
      serviceConfig = {
        Type = "oneshot";
        ExecStart = "/bin/mkdir -p -m 0755 /sysroot${writableStoreOverlay}/store /sysroot${writableStoreOverlay}/work /sysroot/nix/store";
      };
    };
  };
}
