# The `microvm.*` option declarations of microvm.nix's guest module
# (upstream nixos-modules/microvm/options.nix at 71beea0, and c5a04bc where
# the epoch says so: no per-share posixAcl/extraArgs, no headless
# graphics or Vulkan, qemu.machine defaults on x86_64-darwin too; 5bbc126
# (2025-03): `balloonMem` instead of balloon/hotplug options, no
# vmHostPackages or `*.package` options, fewer share/volume/device/
# interface fields; 470537e (2024-10): no binScripts, virtiofsd.*,
# deflateOnOOM, systemSymlink, store disk flags, volume serial/direct/
# readOnly or device qemu.deviceExtraArgs, nullable macvtap link/mode):
# same paths, types, defaults and flags, own wording. A few more top-level options are
# declared next to their implementation (bootDisk, storeDisk, deploy.*,
# vsock.ssh.enable).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types literalExpression;
  inherit (import ./lib.nix { inherit lib; }) hypervisors;

  cfg = config.microvm;
  hostName = config.networking.hostName or "$HOSTNAME";
  # the microvm.nix revision reproduced (/__vmcmd/microvm/epoch.nix)
  epoch = import /__vmcmd/microvm/epoch.nix;
  inherit (epoch) since;
  # what upstream added between 5bbc126 (2025-03-13) and c5a04bc
  # (2026-07-07); the commits are named where the option is
  after2025_03 = since "c5a04bc";
  newOptions = lib.optionalAttrs after2025_03;
  # what upstream added between 470537e (2024-10-08) and 5bbc126
  # (2025-03-13)
  since2025_03 = since "5bbc126";
  options2025_03 = lib.optionalAttrs since2025_03;
  kernelAtLeast = lib.versionAtLeast config.boot.kernelPackages.kernel.version;

  # Shorthands for the common option shapes.
  opt = type: default: description: mkOption { inherit type default description; };
  listOfStr = opt (types.listOf types.str) [ ];
  hostPackage = name: mkOption {
    description = "The ${name} package.";
    type = types.package;
    default = cfg.vmHostPackages.${name};
    defaultText = literalExpression "config.microvm.vmHostPackages.${name}";
  };

  forwardPortType = types.submodule {
    options = {
      from = opt (types.enum [ "host" "guest" ]) "host"
        "Direction: `host` forwards a host port into the guest, `guest` a guest port to the host.";
      proto = opt (types.enum [ "tcp" "udp" ]) "tcp" "Forwarded protocol.";
      host.address = opt types.str "" "Host-side IPv4 address.";
      host.port = mkOption {
        type = types.port;
        description = "Host-side port.";
      };
      guest.address = opt types.str "" "Guest-side IPv4 address.";
      guest.port = mkOption {
        type = types.port;
        description = "Guest-side port.";
      };
    };
  };

  volumeType = types.submodule {
    options = {
      image = mkOption {
        type = types.str;
        description = "Disk image path on the host.";
      };
      label = opt (types.nullOr types.str) null
        "Filesystem label (set when the image is created automatically; the guest mounts by label).";
      mountPoint = mkOption {
        type = types.nullOr types.path;
        description = "Guest mount point, or null to leave the disk unmounted.";
      };
      size = mkOption {
        type = types.int;
        description = "Size in MiB of an automatically created image.";
      };
      autoCreate = opt types.bool true "Create and format the image on the host if it is missing.";
      mkfsExtraArgs = listOfStr "Extra arguments for mkfs.";
      fsType = opt types.str "ext4" "Filesystem type to create and mount.";
    } // options2025_03 {
      # volume serial, O_DIRECT and read-only (after 470537e)
      serial = opt (types.nullOr types.str) null "Disk serial number.";
      direct = opt types.bool false "Open the image with O_DIRECT.";
      readOnly = opt types.bool false "Attach the disk read-only.";
    } // newOptions {
      # 2026-02-25
      imageType = opt (types.enum [ "raw" "qcow2" "vhd" "vhdx" ]) "raw"
        "Image format as told to the hypervisor (cloud-hypervisor only).";
    };
  };

  interfaceType = types.submodule {
    options = {
      type = mkOption {
        type = types.enum [ "user" "tap" "macvtap" "bridge" ];
        description = "Network backend kind.";
      };
      id = mkOption {
        type = types.str;
        description = "Host interface name.";
      };
      # nullable with a null default at 470537e; required since 5bbc126
      macvtap.link = mkOption {
        type = if since2025_03 then types.str else types.nullOr types.str;
        description = "Parent host link of a macvtap interface.";
      } // lib.optionalAttrs (!since2025_03) { default = null; };
      macvtap.mode = mkOption {
        type =
          let modes = types.enum [ "private" "vepa" "bridge" "passthru" "source" ];
          in if since2025_03 then modes else types.nullOr modes;
        description = "macvtap mode.";
      } // lib.optionalAttrs (!since2025_03) { default = null; };
      bridge = opt (types.nullOr types.str) null "Host bridge for `type = \"bridge\"`.";
      mac = mkOption {
        type = types.str;
        description = "Guest MAC address.";
      };
    } // newOptions {
      # af9d459 (2026-02-01)
      tap.vhost = opt types.bool false "Use vhost-net for a tap interface (qemu).";
    };
  };

  shareType = types.submodule ({ config, ... }: {
    options = {
      tag = mkOption {
        type = types.str;
        description = "Mount tag (unique).";
      };
      socket = mkOption {
        type = types.nullOr types.str;
        default =
          if config.proto == "virtiofs" then "${hostName}-virtiofs-${config.tag}.sock" else null;
        description = "virtiofsd socket path (virtiofs shares).";
      };
      source = mkOption {
        type = types.nonEmptyStr;
        description = "Host directory to share.";
      };
      securityModel = opt (types.enum [ "passthrough" "none" "mapped" "mapped-file" ]) "none"
        "9p security model.";
      mountPoint = mkOption {
        type = types.path;
        description = "Guest mount point.";
      };
      proto = opt (types.enum [ "9p" "virtiofs" ]) "9p" "Share transport.";
    } // newOptions {
      # b9206e2 (2025-09-17) and the virtiofsd cache option
      readOnly = opt types.bool false "Share read-only.";
      cache = opt (types.enum [ "auto" "always" "metadata" "never" ]) "auto"
        "virtiofsd cache policy.";
    } // lib.optionalAttrs (since "71beea0") {
      posixAcl = opt types.bool true "Pass `--posix-acl --xattr` to virtiofsd.";
      extraArgs = listOfStr "Extra virtiofsd arguments for this share.";
    };
  });

  deviceType = types.submodule {
    options = {
      bus = mkOption {
        type = types.enum [ "pci" "usb" ];
        description = "Bus of the passed-through device.";
      };
      path = mkOption {
        type = types.str;
        description = "Device address on its bus (PCI BDF, or qemu usb-host properties).";
      };
    } // options2025_03 {
      # qemu.deviceExtraArgs came after 470537e
      qemu = newOptions {
        # with qemu.pcieRootPorts (3e86082, 2025-12-10)
        id = opt (types.nullOr types.str) null "qemu device id.";
        bus = opt (types.nullOr types.str) null "qemu bus to attach to.";
      } // {
        deviceExtraArgs = opt (types.nullOr types.str) null "Extra qemu device properties.";
      };
    };
  };

  pcieRootPortType = types.submodule {
    options = {
      id = mkOption {
        type = types.str;
        description = "Root port id.";
      };
      bus = opt (types.nullOr types.str) null "Parent PCIe bus.";
      chassis = opt (types.nullOr types.int) null "Chassis number.";
      slot = opt (types.nullOr types.str) null "Slot number.";
      addr = opt (types.nullOr types.str) null "Address on the parent bus.";
    };
  };

  # A JSON value (what `pkgs.formats.json { }` accepts), without pkgs.
  jsonValue =
    let
      base = types.oneOf [
        types.bool
        types.int
        types.float
        types.str
        types.path
        (types.attrsOf valueType)
        (types.listOf valueType)
      ];
      valueType = types.nullOr base // { description = "JSON value"; };
    in
    valueType;
in
{
  # 9ad2b03 (2025-04-17) replaced balloonMem by balloon/initialBalloonMem
  imports = lib.optional after2025_03
    (lib.mkRemovedOptionModule [ "microvm" "balloonMem" ]
      "The balloonMem option has been removed and replaced by the boolean option balloon");

  options.microvm = {
    guest.enable = opt types.bool true "Whether the microvm.nix guest module is active.";

    optimize.enable = opt types.bool true
      "Closure-size and boot-time defaults (no docs, systemd initrd, networkd, no config switching).";

    cpu = opt (types.nullOr types.str) null "CPU model to emulate (qemu only); null for the host CPU.";

    hypervisor = mkOption {
      # vfkit came 2025-12-09
      type = types.enum (if after2025_03 then hypervisors else lib.remove "vfkit" hypervisors);
      default = "qemu";
      description = "Hypervisor that runs the VM (one of ${lib.concatStringsSep ", " hypervisors}).";
    };

    preStart = opt types.lines "" "Shell commands run before the hypervisor starts.";

    socket = mkOption {
      type = types.nullOr types.str;
      default = "${hostName}.sock";
      defaultText = literalExpression ''"''${hostName}.sock"'';
      description = "Hypervisor control socket.";
    };

    user = opt (types.nullOr types.str) null "User the hypervisor switches to when started as root.";

    kernel = mkOption {
      type = types.package;
      default = config.boot.kernelPackages.kernel;
      defaultText = literalExpression "config.boot.kernelPackages.kernel";
      description = "Guest kernel package (prefer setting boot.kernelPackages).";
    };

    initrdPath = mkOption {
      type = types.path;
      default = "${config.system.build.initialRamdisk}/${config.system.boot.loader.initrdFile}";
      defaultText = literalExpression
        ''"''${config.system.build.initialRamdisk}/''${config.system.boot.loader.initrdFile}"'';
      description = "Path of the initrd file.";
    };

    vcpu = opt (if after2025_03 then types.ints.positive else types.int) 1 "Number of virtual CPUs.";
    mem = opt (if after2025_03 then types.ints.positive else types.int) 512 "RAM in MiB.";
    hugepageMem = opt types.bool false "Back the RAM with hugepages (cloud-hypervisor only).";

    forwardPorts = opt (types.listOf forwardPortType) [ ]
      "Port forwards of qemu's user networking.";

    volumes = opt (types.listOf volumeType) [ ] "Disk images.";

    interfaces = opt (types.listOf interfaceType) [ ] "Network interfaces.";

    shares = opt (types.listOf shareType) [ ] "Host directories shared with the guest (9p or virtiofs).";

    devices = opt (types.listOf deviceType) [ ] "PCI/USB devices passed through from the host.";

    vsock.cid = opt (types.nullOr types.int) null "Guest vsock CID (enables AF_VSOCK; 0-2 are reserved).";

    kernelParams = mkOption {
      type = types.listOf types.str;
      description = "Guest kernel command line: boot.kernelParams plus init= and regInfo=.";
    };

    storeOnDisk = mkOption {
      type = types.bool;
      default = !lib.any (share: share.source == "/nix/store") cfg.shares;
      description = "Boot from the generated store image (unless the host /nix/store is shared).";
    };

    writableStoreOverlay = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "/nix/.rw-store";
      description = "Guest path of a writable overlay over the read-only /nix/store.";
    };

    graphics = {
      enable = opt types.bool false "Enable a graphical display.";
      socket = opt types.str "${hostName}-gpu.sock" "vhost-user GPU socket.";
    } // newOptions {
      crosvmPackage = mkOption {
        type = types.package;
        default = pkgs.crosvm;
        defaultText = literalExpression "pkgs.crosvm";
        description = "crosvm used as GPU backend (cloud-hypervisor, crosvm).";
      };
      # 3784aa6 (2025-10-29)
      backend = mkOption {
        type = types.enum ([ "gtk" "cocoa" ] ++ lib.optional (since "71beea0") "headless");
        default = if pkgs.stdenv.hostPlatform.isDarwin then "cocoa" else "gtk";
        defaultText = literalExpression ''if pkgs.stdenv.hostPlatform.isDarwin then "cocoa" else "gtk"'';
        description = "qemu display backend.";
      };
    } // lib.optionalAttrs (since "71beea0") {
      vulkan = opt (types.nullOr (types.enum [ "venus" "drm_native_context" ])) null
        "qemu virtio-gpu Vulkan protocol.";
      hostmem = opt types.str "256M" "qemu virtio-gpu host memory window (with unit).";
    };

    qemu = {
      machine = mkOption {
        type = types.str;
        description = "qemu machine type (defaults per guest system).";
      };
      machineOpts = opt (types.nullOr (types.attrsOf types.str)) null
        "Replace the computed qemu machine options.";
      extraArgs = listOfStr "Extra qemu arguments.";
      serialConsole = opt types.bool true "Attach a serial console (qemu).";
    } // newOptions {
      # 3e86082 (2025-12-10)
      pcieRootPorts = opt (types.listOf pcieRootPortType) [ ] "PCIe root ports for hotplug (qemu).";
      # 82fa24f (2026-02-03), like the other `*.package` options
      package = mkOption {
        type = types.package;
        default =
          if cfg.cpu == null && cfg.vmHostPackages.stdenv.hostPlatform.isLinux then
            cfg.vmHostPackages.qemu_kvm
          else
            cfg.vmHostPackages.qemu;
        defaultText = literalExpression "qemu_kvm with KVM on Linux, qemu otherwise";
        description = "The qemu package.";
      };
    };

    cloud-hypervisor = {
      extraArgs = listOfStr "Extra cloud-hypervisor arguments.";
    } // newOptions {
      platformOEMStrings = listOfStr "OEM strings for cloud-hypervisor's --platform (without oem_strings=[]).";
      package = mkOption {
        type = types.package;
        default =
          if cfg.graphics.enable then
            cfg.vmHostPackages.cloud-hypervisor-graphics
          else
            cfg.vmHostPackages.cloud-hypervisor;
        defaultText = literalExpression "cloud-hypervisor-graphics with graphics, else cloud-hypervisor";
        description = "The cloud-hypervisor package.";
      };
    };

    crosvm = {
      extraArgs = listOfStr "Extra crosvm arguments.";
      pivotRoot = opt (types.nullOr types.str) null "crosvm sandbox directory.";
    } // newOptions {
      package = hostPackage "crosvm";
    };

    prettyProcnames = opt types.bool true "Name the hypervisor process microvm@<hostName>.";
  } // options2025_03 {
    # after 470537e (2024-10): deflateOnOOM (with the balloon's
    # free-page-reporting) and the virtiofsd module's options
    deflateOnOOM = opt types.bool true "Let the balloon deflate when the guest runs out of memory.";

    virtiofsd = {
      # "prefer" since 2025 (null before: no --inode-file-handles)
      inodeFileHandles = opt (types.nullOr (types.enum [ "never" "prefer" "mandatory" ]))
        (if after2025_03 then "prefer" else null)
        "virtiofsd --inode-file-handles.";
      threadPoolSize = opt (types.oneOf [ types.str types.ints.unsigned ]) "`nproc`"
        "virtiofsd thread pool size (the string `nproc` in backquotes means one per host core).";
      extraArgs = listOfStr "Extra virtiofsd arguments for every share.";
    } // newOptions {
      group = opt (types.nullOr types.str) "kvm" "Group owning the virtiofsd sockets.";
      package = hostPackage "virtiofsd";
    };
  } // {
    runner = mkOption {
      type = types.attrsOf types.package;
      description = "Runner package per hypervisor.";
    };

    declaredRunner = mkOption {
      type = types.package;
      default = cfg.runner.${cfg.hypervisor};
      defaultText = literalExpression "config.microvm.runner.\${config.microvm.hypervisor}";
      description = "The runner of the selected hypervisor.";
    };
  } // options2025_03 {
    # the runner's bin/ scripts from the modules (binScripts layout, after 470537e)
    binScripts = opt (types.attrsOf types.lines) { } "Extra scripts for the runner's bin/ directory.";
  } // {
    storeDiskType = mkOption {
      type = types.enum [ "squashfs" "erofs" ];
      description = "Filesystem of the store image (erofs unless the hardened profile is detected).";
    };
  } // options2025_03 {
    # the store disk flags and systemSymlink came after 470537e (fixed
    # mkfs flags and an unconditional system link before)
    storeDiskErofsFlags = mkOption {
      type = types.listOf types.str;
      default =
        [ "-zlz4hc" ]
        ++ lib.optional (kernelAtLeast "5.16") "-Eztailpacking"
        ++ lib.optional (kernelAtLeast "6.1") "-Efragments"
        # dropped from the defaults after 5bbc126 (single-threaded mkfs.erofs)
        ++ lib.optional (!after2025_03 && kernelAtLeast "6.1") "-Ededupe";
      defaultText = literalExpression ''[ "-zlz4hc" ] plus -Eztailpacking (kernel >= 5.16) and -Efragments (kernel >= 6.1)'';
      description = "mkfs.erofs flags.";
    };

    storeDiskSquashfsFlags = listOfStr "gensquashfs flags." // {
      default = [ "-c" "zstd" "-j" "$NIX_BUILD_CORES" ];
    };

    systemSymlink = mkOption {
      type = types.bool;
      default = !cfg.storeOnDisk;
      defaultText = literalExpression "!config.microvm.storeOnDisk";
      description = "Link the system closure as share/microvm/system in the runner.";
    };
  } // lib.optionalAttrs (!after2025_03) {
    balloonMem = opt types.int 0
      "Balloon memory in MiB: the VM starts with mem + balloonMem, the host can reclaim balloonMem.";
  } // newOptions {
    extraArgsScript = opt (types.nullOr types.str) null
      "Command whose output is appended to the hypervisor arguments at start time.";

    # f58421f (2026-03-24) and 9ad2b03 (2025-04-17)
    hotplugMem = opt types.ints.unsigned 0 "Size in MiB of the virtio-mem hotplug region.";
    hotpluggedMem = mkOption {
      type = types.ints.unsigned;
      default = cfg.hotplugMem;
      defaultText = literalExpression "config.microvm.hotplugMem";
      description = "Hotplug memory in MiB plugged in at start.";
    };
    balloon = opt types.bool false "Add a virtio balloon device.";
    initialBalloonMem = opt types.ints.unsigned 0 "Initial balloon size in MiB.";

    # 706a7db (2026-03-08)
    registerWithMachined = opt types.bool false
      "Add scripts that register the VM with systemd-machined on the host.";

    machineId = mkOption {
      type = types.nullOr types.str;
      default =
        let
          hash = builtins.hashString "sha256" "microvm.nix:${hostName}";
          part = start: len: builtins.substring start len hash;
        in
        lib.concatStringsSep "-" [ (part 0 8) (part 8 4) (part 12 4) (part 16 4) (part 20 12) ];
      example = "a67472e5-570e-5c8a-b18c-ae3c77701050";
      description = "Machine UUID (SMBIOS, machined, guest /etc/machine-id); derived from the host name by default.";
    };


    # 706a7db's registerClosure, vmHostPackages (2025), the other hypervisors' options
    registerClosure = lib.mkEnableOption "registering the system closure in the guest's Nix database" // {
      default = cfg.guest.enable;
    };

    vmHostPackages = mkOption {
      type = types.pkgs;
      default = if cfg.cpu == null then pkgs else pkgs.buildPackages;
      defaultText = literalExpression "if config.microvm.cpu == null then pkgs else pkgs.buildPackages";
      description = "Package set of the machine that runs the hypervisor.";
    };

    alioth.package = hostPackage "alioth";

    firecracker = {
      cpu = opt (types.nullOr types.attrs) null "Custom firecracker CPU template.";
      driveIoEngine = opt (types.enum [ "Async" "Sync" ]) "Async" "firecracker drive IO engine.";
      extraArgs = listOfStr "Extra firecracker arguments.";
      extraConfig = mkOption {
        type = types.submodule { freeformType = jsonValue; };
        default = { };
        description = "Attributes merged into firecracker's JSON configuration.";
      };
      package = hostPackage "firecracker";
    };

    kvmtool.package = hostPackage "kvmtool";
    stratovirt.package = hostPackage "stratovirt";

    vfkit = {
      extraArgs = listOfStr "Extra vfkit arguments.";
      logLevel = opt (types.nullOr (types.enum [ "debug" "info" "error" ])) "info" "vfkit log level.";
      package = hostPackage "vfkit";
      rosetta = {
        enable = opt types.bool false "Rosetta for x86_64 binaries in an aarch64 guest (Apple Silicon).";
        install = opt types.bool false "Install Rosetta if it is missing.";
        ignoreIfMissing = opt types.bool false "Carry on if Rosetta is unavailable.";
      };
    };

    credentialFiles = mkOption {
      type = types.attrsOf types.path;
      default = { };
      example = literalExpression ''{ SOPS_AGE_KEY = "/run/secrets/key"; }'';
      description = "systemd credentials (name to host file) handed to the guest.";
    };
  };

  config = lib.mkMerge [
    {
      microvm.qemu.machine =
        lib.mkIf
          (lib.elem pkgs.stdenv.hostPlatform.system
            # Darwin hosts came 2025-08 (c034812)
            ([ "x86_64-linux" ] ++ lib.optional (after2025_03 && !since "71beea0") "x86_64-darwin"))
          (lib.mkDefault "microvm");
    }
    {
      microvm.qemu.machine =
        lib.mkIf
          (lib.elem pkgs.stdenv.hostPlatform.system
            ([ "aarch64-linux" ] ++ lib.optional after2025_03 "aarch64-darwin"))
          (lib.mkDefault "virt");
    }
  ];
}
