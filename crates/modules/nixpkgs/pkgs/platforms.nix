# Platform descriptions for the symbolic package set: what
# `pkgs.stdenv.hostPlatform` looks like. A table of the CPU/OS pairs VMs
# run on, shaped like nixpkgs' `lib.systems.elaborate` result (the
# function-valued members only in a simplified form).
#
#   elaborate "x86_64-linux"            -> platform
#   elaborate { system = "..."; ... }   -> platform // the given attributes
#   elaborate <platform>                -> unchanged (already elaborated)
let
  typed = t: name: { _type = t; inherit name; };
  littleEndian = typed "significant-byte" "littleEndian";

  # Per CPU: parsed.cpu, architecture names used by other tools, kernel.
  cpus = {
    x86_64 = {
      cpu = { bits = 64; family = "x86"; arch = "x86-64"; };
      qemu = "x86_64"; linux = "x86_64"; uboot = "x86_64"; darwin = "x86_64";
      efi = "x64"; go = "amd64"; nim = "amd64"; node = "x64"; rust = "x86_64";
      rustArch = "x86_64"; libDir = "lib64";
      kernel = { name = "pc"; autoModules = true; baseConfig = "defconfig"; target = "bzImage"; };
    };
    i686 = {
      cpu = { bits = 32; family = "x86"; arch = "i686"; };
      qemu = "i386"; linux = "i386"; uboot = "x86"; darwin = "i686";
      efi = "ia32"; go = "386"; nim = "i386"; node = "ia32"; rust = "i686";
      rustArch = "i686"; libDir = "lib";
      kernel = { name = "pc"; autoModules = true; baseConfig = "defconfig"; target = "bzImage"; };
    };
    aarch64 = {
      cpu = { bits = 64; family = "arm"; arch = "armv8-a"; version = "8"; };
      qemu = "aarch64"; linux = "arm64"; uboot = "arm64"; darwin = "arm64";
      efi = "aa64"; go = "arm64"; nim = "arm64"; node = "arm64"; rust = "aarch64";
      rustArch = "aarch64"; libDir = "lib";
      gcc = { arch = "armv8-a"; };
      kernel = {
        name = "aarch64-multiplatform"; DTB = true; autoModules = true;
        preferBuiltin = true; baseConfig = "defconfig"; target = "Image";
        extraConfig = "# Raspberry Pi 3 stuff. Not needed for   s >= 4.10.\nARCH_BCM2835 y\nBCM2835_MBOX y\nBCM2835_WDT y\nRASPBERRYPI_FIRMWARE y\nRASPBERRYPI_POWER y\nSERIAL_8250_BCM2835AUX y\nSERIAL_8250_EXTENDED y\nSERIAL_8250_SHARE_IRQ y\n\n# Cavium ThunderX stuff.\nPCI_HOST_THUNDER_ECAM y\n\n# Nvidia Tegra stuff.\nPCI_TEGRA y\n\n# The default (=y) forces us to have the XHCI firmware available in initrd,\n# which our initrd builder can't currently do easily.\nUSB_XHCI_TEGRA m\n";
      };
    };
    armv7l = {
      cpu = { bits = 32; family = "arm"; arch = "armv7"; version = "7"; };
      qemu = "arm"; linux = "arm"; uboot = "arm"; darwin = "armv7l";
      efi = "arm"; go = "arm"; goarm = "7"; nim = "arm"; node = "arm"; rust = "armv7";
      rustArch = "arm"; libDir = "lib"; abi = "gnueabihf";
      gcc = { arch = "armv7-a"; fpu = "vfpv3-d16"; };
      kernel = {
        name = "armv7l-hf-multiplatform"; Major = "2.6"; DTB = true; autoModules = true;
        preferBuiltin = true; baseConfig = "multi_v7_defconfig"; target = "zImage";
        extraConfig = "# Serial port for Raspberry Pi 3. Wasn't included in ARMv7 defconfig\n# until 4.17.\nSERIAL_8250_BCM2835AUX y\nSERIAL_8250_EXTENDED y\nSERIAL_8250_SHARE_IRQ y\n\n# Hangs ODROID-XU4\nARM_BIG_LITTLE_CPUIDLE n\n\n# Disable OABI to have seccomp_filter (required for systemd)\n# https://github.com/raspberrypi/firmware/issues/651\nOABI_COMPAT n\n\n# >=5.12 fails with:\n# drivers/net/ethernet/micrel/ks8851_common.o: in function `ks8851_probe_common':\n# ks8851_common.c:(.text+0x179c): undefined reference to `__this_module'\n# See: https://lore.kernel.org/netdev/20210116164828.40545-1-marex@denx.de/T/\nKS8851_MLL y\n";
      };
    };
    riscv64 = {
      cpu = { bits = 64; family = "riscv"; };
      qemu = "riscv64"; linux = "riscv"; uboot = "riscv"; darwin = "riscv64";
      efi = "riscv64"; go = "riscv64"; nim = "riscv64"; node = "riscv64"; rust = "riscv64gc";
      rustArch = "riscv64"; libDir = "lib";
      kernel = {
        name = "riscv-multiplatform"; DTB = true; autoModules = true;
        preferBuiltin = true; baseConfig = "defconfig"; target = "Image";
      };
    };
    powerpc64le = {
      cpu = { bits = 64; family = "power"; };
      qemu = "ppc64le"; linux = "powerpc"; uboot = "powerpc"; darwin = "powerpc64le";
      efi = "powerpc64le"; go = "ppc64le"; nim = "powerpc64"; node = "ppc64"; rust = "powerpc64le";
      rustArch = "powerpc64"; libDir = "lib64"; unameProcessor = "ppc64le"; noEfi = true;
      kernel = { name = "PowerNV"; autoModules = true; baseConfig = "powernv_defconfig"; target = "vmlinux"; };
    };
  };

  supported = builtins.concatMap (c: [ "${c}-linux" ]) (builtins.attrNames cpus)
    ++ [ "x86_64-darwin" "aarch64-darwin" ];

  fromSystem = system:
    let
      parts = builtins.match "([^-]+)-([^-]+)" system;
      cpuName = builtins.elemAt parts 0;
      os = builtins.elemAt parts 1;
      c = cpus.${cpuName};
      isLinux = os == "linux";
      isDarwin = os == "darwin";
      fam = c.cpu.family;
      bits = c.cpu.bits;
      abiName = if isDarwin then "unknown" else c.abi or "gnu";
      vendor = if isDarwin then "apple" else "unknown";
      configCpu = if isDarwin && cpuName == "aarch64" then "arm64" else cpuName;
      config = "${configCpu}-${vendor}-${os}" + (if isLinux then "-${abiName}" else "");
      isEabi = abiName == "gnueabihf";
      rustTarget = "${c.rust}-${vendor}-${os}" + (if isLinux then "-${abiName}" else "");
      platform = {
        inherit system config;
        parsed = {
          _type = "system";
          cpu = { _type = "cpu-type"; name = cpuName; significantByte = littleEndian; } // c.cpu;
          vendor = typed "vendor" vendor;
          kernel = {
            _type = "kernel";
            name = os;
            execFormat = typed "exec-format" (if isDarwin then "macho" else "elf");
            families = if isDarwin then { darwin = typed "exec-format" "darwin"; } else { };
          };
          abi = typed "abi" abiName // (if isEabi then { eabi = true; float = "hard"; } else { });
        };

        libc = if isDarwin then "libSystem" else "glibc";
        linker = if isDarwin then "cctools" else "bfd";
        libDir = if isDarwin then null else c.libDir;
        extensions = {
          executable = "";
          library = if isDarwin then ".dylib" else ".so";
          sharedLibrary = if isDarwin then ".dylib" else ".so";
          staticLibrary = ".a";
        };
        uname = {
          system = if isDarwin then "Darwin" else "Linux";
          processor = if isDarwin && cpuName == "aarch64" then "arm64" else c.unameProcessor or cpuName;
          release = null;
        };

        efiArch = c.efi;
        qemuArch = c.qemu;
        linuxArch = c.linux;
        ubootArch = c.uboot;
        darwinArch = c.darwin;
        darwinPlatform = if isDarwin then "macos" else null;
        darwinMinVersion = "14.0";
        darwinSdkVersion = "14.4";
        darwinMinVersionVariable = if isDarwin then "MACOSX_DEPLOYMENT_TARGET" else null;
        androidSdkVersion = null;
        androidNdkVersion = null;
        "linux-kernel" = if isDarwin && cpuName == "aarch64" then { } else c.kernel;
        gcc =
          if isDarwin && cpuName == "aarch64" then
            { arch = "armv8.3-a+crypto+sha2+aes+crc+fp16+lse+simd+ras+rdm+rcpc"; cpu = "apple-a13"; }
          else c.gcc or { };
        go = { GOARCH = c.go; GOARM = c.goarm or ""; GOOS = os; };
        nim = { cpu = c.nim; os = if isDarwin then "MacOSX" else "Linux"; };
        node = { arch = c.node; platform = os; };
        rustc = { };
        rust = {
          rustcTarget = rustTarget;
          rustcTargetSpec = rustTarget;
          cargoShortTarget = rustTarget;
          cargoEnvVarTarget = builtins.replaceStrings
            [ "-" "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ]
            [ "_" "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
            rustTarget;
          isNoStdTarget = false;
          platform = {
            arch = c.rustArch;
            os = if isDarwin then "macos" else os;
            target-family = [ "unix" ];
            inherit vendor;
          };
        };

        hasSharedLibraries = true;
        isStatic = false;
        useLLVM = false;
        useAndroidPrebuilt = false;
        useiOSPrebuilt = false;

        # CPU predicates
        isx86 = fam == "x86";
        isx86_32 = fam == "x86" && bits == 32;
        isx86_64 = fam == "x86" && bits == 64;
        isi686 = cpuName == "i686";
        isAarch = fam == "arm";
        isAarch32 = fam == "arm" && bits == 32;
        isAarch64 = fam == "arm" && bits == 64;
        isArmv7 = (c.cpu.version or "") == "7";
        isRiscV = fam == "riscv";
        isRiscV32 = fam == "riscv" && bits == 32;
        isRiscV64 = fam == "riscv" && bits == 64;
        isPower = fam == "power";
        isPower64 = fam == "power" && bits == 64;
        is32bit = bits == 32;
        is64bit = bits == 64;
        isLittleEndian = true;
        isBigEndian = false;
        isILP32 = false;
        isEfi = !(c.noEfi or false);

        # OS / ABI predicates
        inherit isLinux isDarwin isEabi;
        isMacOS = isDarwin;
        isiOS = false;
        isUnix = true;
        isElf = !isDarwin;
        isMacho = isDarwin;
        isPE = false;
        isGnu = isLinux;
        isMusl = false;
        isUClibc = false;
        isAbiElfv1 = false;
        isAbiElfv2 = false;
      }
      // builtins.listToAttrs (map (n: { name = n; value = false; }) [
        "aesSupport" "avx2Support" "avx512Support" "avxSupport" "fma4Support" "fmaSupport"
        "lasxSupport" "lsxSupport" "sse3Support" "sse4_1Support" "sse4_2Support"
        "sse4_aSupport" "ssse3Support"
        "isAlpha" "isAndroid" "isArc" "isAvr" "isBSD" "isCygwin" "isFreeBSD" "isGenode"
        "isGhcjs" "isJavaScript" "isLoongArch64" "isM68k" "isMicroBlaze" "isMinGW" "isMips"
        "isMips32" "isMips64" "isMips64n32" "isMips64n64" "isMmix" "isMsp430" "isMsvc"
        "isNetBSD" "isNone" "isOpenBSD" "isOr1k" "isRedox" "isRx" "isS390" "isS390x" "isSh4"
        "isSparc" "isSparc64" "isSunOS" "isUefi" "isVc4" "isWasi" "isWasm" "isWindows"
      ]);
      final = platform // {
        canExecute = other: platform.parsed.kernel.name == other.parsed.kernel.name
          && (cpuName == other.parsed.cpu.name
            || (cpuName == "x86_64" && other.parsed.cpu.name == "i686")
            || (cpuName == "aarch64" && other.parsed.cpu.name == "armv7l"));
        emulatorAvailable = _: true;
        staticEmulatorAvailable = _: true;
        emulator = _: "${platform.qemuArch}-emulator";
      };
    in
    if parts == null || !(builtins.elem system supported) then
      throw "vmcmd's built-in nixpkgs has no platform description for system '${toString system}' (known: ${builtins.concatStringsSep ", " supported})"
    else
      final;

  elaborate = arg:
    if builtins.isString arg then fromSystem arg
    else if arg ? parsed && arg ? system then arg
    else if arg ? system then fromSystem arg.system // removeAttrs arg [ "system" ]
    else if arg ? config then
      throw "vmcmd's built-in nixpkgs describes platforms by `system`, not by `config` ('${arg.config}')"
    else throw "a platform needs a `system` attribute";
in
{
  inherit elaborate supported;
}
