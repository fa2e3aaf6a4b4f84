# Guest NixOS settings every MicroVM gets (upstream system.nix): virtio
# initrd modules, the kernel command line with init=, blacklisted modules,
# systemd tweaks and the machine id.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;

  # The store image holds the whole closure, so the toplevel's string
  # context is not needed then. (Interpolated first: vmcmd's
  # unsafeDiscardStringContext does not coerce derivations yet.)
  toplevel =
    if cfg.storeOnDisk then
      builtins.unsafeDiscardStringContext "${config.system.build.toplevel}"
    else
      config.system.build.toplevel;

  # nix-daemon needs a writable store.
  nixDaemon = cfg.writableStoreOverlay != null;
in
{
  config = lib.mkIf cfg.guest.enable {
    assertions = [
      {
        assertion =
          cfg.writableStoreOverlay != null
          -> (!config.nix.optimise.automatic && !config.nix.settings.auto-optimise-store);
        message = ''
          `nix.optimise.automatic` and `nix.settings.auto-optimise-store` do not work with `microvm.writableStoreOverlay`.
        '';
      }
    ];

    boot.loader.grub.enable = false;

    boot.initrd.kernelModules =
      [ "virtio_mmio" "virtio_pci" "virtio_blk" "9pnet_virtio" "9p" "virtiofs" ]
      # firecracker delivers Ctrl-Alt-Del through the i8042 keyboard controller
      ++ lib.optional
        (pkgs.stdenv.targetPlatform.system == "x86_64-linux" && cfg.hypervisor == "firecracker")
        "i8042"
      ++ lib.optional (cfg.writableStoreOverlay != null) "overlay";

    # vsock without any virtio-pci device (ssh over vsock), since 71beea0
    boot.initrd.availableKernelModules =
      lib.optional ((import /__vmcmd/microvm/epoch.nix).since "71beea0") "vmw_vsock_virtio_transport";

    microvm.kernelParams = config.boot.kernelParams ++ [ "init=${toplevel}/init" ];

    boot.blacklistedKernelModules =
      [ "rfkill" "intel_pstate" ] ++ lib.optional (!cfg.graphics.enable) "drm";

    systemd = {
      services.nix-daemon.enable = lib.mkDefault nixDaemon;
      sockets.nix-daemon.enable = lib.mkDefault nixDaemon;
      services.mount-pstore.enable = false;
      generators.systemd-gpt-auto-generator = "/dev/null";
    };

    # machineId came 2026-03-08 (706a7db); `or null` for 5bbc126
    environment.etc."machine-id" = lib.mkIf ((cfg.machineId or null) != null) {
      text = lib.replaceStrings [ "-" ] [ "" ] cfg.machineId + "\n";
    };

    # like systemd: the host id is the start of the machine id
    networking.hostId = lib.mkIf ((cfg.machineId or null) != null) (
      lib.mkDefault (builtins.substring 0 8 cfg.machineId)
    );
  };
}
