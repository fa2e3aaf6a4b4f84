# The `microvm.*` options of microvm.nix's 2023 guest module (upstream
# nixos-modules/microvm/options.nix at c527054 (Ghaf's fork), d578ed4 and
# 03e7f11): same paths, types and defaults, own wording. Where the
# revisions differ, the epoch decides:
#   d578ed4+  hugepageMem, crosvm.{extraArgs,pivotRoot}
#   d578ed4   qemu.bios.{enable,path} (gone again in 03e7f11)
#   03e7f11   kernel, initrdPath, graphics.*, macvtap interfaces,
#             storeOnDisk (was storeOnBootDisk), the stratovirt hypervisor
# The disk options (bootDisk*, storeDisk*) sit with their implementation.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types literalExpression optionalAttrs;
  inherit (import ./lib.nix { inherit lib; }) hypervisors;

  epoch = import /__vmcmd/microvm/epoch.nix;
  inherit (epoch) since;
  initrdBoot = since "03e7f11";

  cfg = config.microvm;
  hostName = config.networking.hostName or "$HOSTNAME";

  opt = type: default: description: mkOption { inherit type default description; };
  req = type: description: mkOption { inherit type description; };

  forwardPortType = types.submodule {
    options = {
      from = opt (types.enum [ "host" "guest" ]) "host"
        "Direction: `host` forwards a host port into the guest, `guest` a guest port to the host.";
      proto = opt (types.enum [ "tcp" "udp" ]) "tcp" "Forwarded protocol.";
      host.address = opt types.str "" "Host-side IPv4 address.";
      host.port = req types.port "Host-side port.";
      guest.address = opt types.str "" "Guest-side IPv4 address.";
      guest.port = req types.port "Guest-side port.";
    };
  };

  volumeType = types.submodule {
    options = {
      image = req types.str "Disk image path on the host.";
      mountPoint = req (types.nullOr types.path) "Guest mount point, or null.";
      size = req types.int "Size in MB when created automatically.";
      autoCreate = opt types.bool true "Create the image before starting when missing.";
      fsType = opt types.str "ext4" "File system to create and mount.";
    };
  };

  interfaceType = types.submodule {
    options = {
      type = req (types.enum ([ "user" "tap" ] ++ lib.optional initrdBoot "macvtap" ++ [ "bridge" ]))
        "Interface type.";
      id = req types.str "Interface name on the host.";
      bridge = opt (types.nullOr types.str) null "Host bridge for type `bridge`.";
      mac = req types.str "MAC address of the guest's interface.";
    } // optionalAttrs initrdBoot {
      macvtap.link = opt (types.nullOr types.str) null "Host interface a macvtap attaches to.";
      macvtap.mode = opt (types.nullOr (types.enum [ "private" "vepa" "bridge" "passthru" "source" ])) null
        "MACVLAN mode.";
    };
  };

  shareType = types.submodule ({ config, ... }: {
    options = {
      tag = req types.str "Unique tag of the share.";
      socket = opt (types.nullOr types.str)
        (if config.proto == "virtiofs" then "${hostName}-virtiofs-${config.tag}.sock" else null)
        "virtiofsd socket path.";
      source = req types.path "Shared directory on the host.";
      mountPoint = req types.path "Mount point in the guest.";
      proto = opt (types.enum [ "9p" "virtiofs" ]) "9p" "Sharing protocol.";
    };
  });

  deviceType = types.submodule {
    options = {
      bus = req (types.enum [ "pci" "usb" ]) "Bus of the device.";
      path = req types.str "Identification of the device on its bus.";
    };
  };

  hostStoreShared = lib.any ({ source, ... }: source == "/nix/store") cfg.shares;
in
{
  options.microvm = lib.foldl' lib.recursiveUpdate { } [ {
    guest.enable = opt types.bool true "Whether the guest module is active.";
    hypervisor = opt (types.enum hypervisors) "qemu" "The hypervisor that runs this MicroVM.";
    preStart = opt types.lines "" "Commands run before the hypervisor starts.";
    socket = mkOption {
      type = types.nullOr types.str;
      default = "${hostName}.sock";
      defaultText = literalExpression ''"''${hostName}.sock"'';
      description = "Hypervisor control socket path.";
    };
    user = opt (types.nullOr types.str) null "User to switch to when started as root.";
    vcpu = opt types.int 1 "Number of virtual CPUs.";
    mem = opt types.int 512 "RAM in MB.";
    balloonMem = opt types.int 0 "Balloon memory in MB (booted with mem + balloonMem).";
    forwardPorts = opt (types.listOf forwardPortType) [ ] "User-network port forwardings.";
    volumes = opt (types.listOf volumeType) [ ] "Disk images.";
    interfaces = opt (types.listOf interfaceType) [ ] "Network interfaces.";
    shares = opt (types.listOf shareType) [ ] "Shared directory trees.";
    devices = opt (types.listOf deviceType) [ ] "PCI/USB devices passed through.";
    kernelParams = req (types.listOf types.str)
      "The kernel command line: boot.kernelParams and what may reference the toplevel.";
    writableStoreOverlay = opt (types.nullOr types.str) null "Writable /nix/store overlay path.";
    qemu.extraArgs = opt (types.listOf types.str) [ ] "Extra qemu arguments.";

    runner = req (types.attrsOf types.package) "The runner of every hypervisor.";
    declaredRunner = mkOption {
      type = types.package;
      default = cfg.runner.${cfg.hypervisor};
      defaultText = literalExpression "config.microvm.runner.\${config.microvm.hypervisor}";
      description = "The runner of the selected hypervisor.";
    };
  } (optionalAttrs (since "d578ed4") {
    hugepageMem = opt types.bool false "Back the memory with hugepages (cloud-hypervisor).";
    crosvm.extraArgs = opt (types.listOf types.str) [ ] "Extra crosvm arguments.";
    crosvm.pivotRoot = opt (types.nullOr types.str) null "crosvm sandbox directory.";
  }) (optionalAttrs (since "d578ed4" && !initrdBoot) {
    qemu.bios.enable = opt types.bool pkgs.stdenv.hostPlatform.isx86 "Pass a BIOS to qemu.";
    qemu.bios.path = opt types.path "${pkgs.qboot}/bios.bin" "The BIOS binary.";
  }) (optionalAttrs (!initrdBoot) {
    storeOnBootDisk = opt types.bool (!hostStoreShared) "Put the /nix/store closure on the boot disk.";
  }) (optionalAttrs initrdBoot {
    kernel = mkOption {
      type = types.package;
      default = config.boot.kernelPackages.kernel;
      defaultText = literalExpression "config.boot.kernelPackages.kernel";
      description = "The kernel the runners boot.";
    };
    initrdPath = mkOption {
      type = types.path;
      default = "${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}";
      description = "The initrd file the runners boot.";
    };
    storeOnDisk = opt types.bool (!hostStoreShared) "Boot with the store disk (unless the host store is shared).";
    graphics.enable = opt types.bool false "GUI support (qemu: a Gtk window on virtio-gpu).";
    graphics.socket = opt types.str "${hostName}-gpu.sock" "vhost-user GPU socket path.";
  }) ];
}
