# Guest NixOS settings of microvm.nix's 2023 guest module (upstream
# nixos-modules/microvm/system.nix at c527054, d578ed4 and 03e7f11).
#   c527054/d578ed4: the microvm kernel (linuxPackages_latest with the
#     flake overlay's `microvm-kernel`), the volume/share/store file
#     systems (stage 1 mounts them), a fixed module blacklist.
#   03e7f11: NixOS' initrd boots; virtio initrd modules, init= on the
#     command line, drm blacklisted unless graphics (mounts.nix has the
#     file systems).
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  epoch = import /__vmcmd/microvm/epoch.nix;
  initrdBoot = epoch.since "03e7f11";
  inherit (import ./lib.nix { inherit lib; }) defaultFsType withDriveLetters;

  nixDaemon = cfg.writableStoreOverlay != null;

  common = {
    assertions = [ {
      assertion = cfg.writableStoreOverlay != null
        -> (!config.nix.optimise.automatic && !config.nix.settings.auto-optimise-store);
      message = ''
        `nix.optimise.automatic` and `nix.settings.auto-optimise-store` do not work with `microvm.writableStoreOverlay`.
      '';
    } ];

    boot.loader.grub.enable = false;

    systemd = {
      services.nix-daemon.enable = lib.mkDefault nixDaemon;
      sockets.nix-daemon.enable = lib.mkDefault nixDaemon;
      services.mount-pstore.enable = false;
      generators.systemd-gpt-auto-generator = "/dev/null";
    };
  };

  # c527054 / d578ed4
  stage1Boot =
    let
      hostStore = builtins.head (builtins.filter ({ source, ... }: source == "/nix/store") cfg.shares);
      volumeMounts = builtins.foldl' (acc: { mountPoint, letter, fsType ? defaultFsType, ... }:
        acc // lib.optionalAttrs (mountPoint != null) {
          ${mountPoint} = {
            inherit fsType;
            device = "/dev/vd${letter}";
            neededForBoot = mountPoint == cfg.writableStoreOverlay;
          };
        }) { } (withDriveLetters cfg);
      shareMounts = builtins.foldl' (acc: { mountPoint, tag, proto, source, ... }:
        acc // {
          ${mountPoint} = {
            device = tag;
            fsType = proto;
            options = {
              virtiofs = [ "defaults" ];
              "9p" = [ "trans=virtio" "version=9p2000.L" "msize=65536" ];
            }.${proto};
            neededForBoot = source == "/nix/store" || mountPoint == cfg.writableStoreOverlay;
          };
        }) { } cfg.shares;
      storeMount =
        if cfg.storeOnBootDisk then {
          "/nix/store" = { device = "//nix/store"; options = [ "bind" ]; neededForBoot = true; };
        } else if cfg.writableStoreOverlay == null && hostStore.mountPoint != "/nix/store" then {
          "/nix/store" = { device = hostStore.mountPoint; options = [ "bind" ]; neededForBoot = true; };
        } else { };
    in
    {
      boot.kernelPackages = pkgs.linuxPackages_latest.extend (_: _: {
        kernel = pkgs.microvm-kernel;
      });
      fileSystems = volumeMounts // shareMounts // storeMount;
      boot.blacklistedKernelModules = [ "drm" "rfkill" "intel_pstate" ];
    };

  # 03e7f11
  initrd = {
    boot.initrd.kernelModules =
      [ "virtio_mmio" "virtio_pci" "virtio_blk" "9pnet_virtio" "9p" "virtiofs" ]
      # firecracker sends Ctrl-Alt-Del through the i8042 keyboard controller
      ++ lib.optional (pkgs.targetPlatform.system == "x86_64-linux" && cfg.hypervisor == "firecracker") "i8042"
      ++ lib.optional (cfg.writableStoreOverlay != null) "overlay";

    microvm.kernelParams = [ "init=${config.system.build.toplevel}/init" ];

    boot.blacklistedKernelModules = [ "rfkill" "intel_pstate" ] ++ lib.optional (!cfg.graphics.enable) "drm";
  };
in
{
  config = lib.mkIf cfg.guest.enable (common // (if initrdBoot then initrd else stage1Boot));
}
