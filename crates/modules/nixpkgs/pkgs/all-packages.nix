# The packages of one symbolic package set (see ./top-level.nix).
{ lib, table, final, config, buildPlatform, hostPlatform, buildPackages, crossSets, path, overlays, elaborate }:
let
  inherit (hostPlatform) system;
  drv = import ./derivations.nix { inherit system; };
  inherit (drv) package;
  builders = import ./builders.nix {
    inherit lib drv final;
    traceFiles = config.vmcmd.traceFiles or false;
  };
  inherit (builders) runtimeShell;

  fromTable = builtins.mapAttrs (_: package) table.packages;

  kernelFor = version: package {
    pname = "linux";
    inherit version;
    inherit (table.kernel) outputs;
    passthru = {
      modDirVersion = version;
      baseVersion = version;
      features = { };
      kernelAtLeast = lib.versionAtLeast version;
      kernelOlder = lib.versionOlder version;
    } // (if hostPlatform ? "linux-kernel" then { } else {
      target = if hostPlatform.isx86 then "bzImage" else "Image";
    });
  };
  kernel = kernelFor table.kernel.version;
  # an extensible set, as nixpkgs' linuxPackagesFor (microvm.nix 2023 uses
  # linuxPackages_latest.extend and .callPackage)
  linuxPackagesFor = kernel: lib.makeExtensible (self: {
    inherit kernel;
    callPackage = lib.callPackageWith (final // self);
  });
  # tables of older releases name a newer `linuxPackages_latest` kernel
  kernelLatest = if table ? kernelLatest then kernelFor table.kernelLatest.version else kernel;
  # nixpkgs before 24.05 also had the platforms at the top level (and
  # substituteAll)
  oldRelease = lib.versionOlder (table.nixos.release or "26.05") "24.05";

  stdenv = {
    inherit hostPlatform buildPlatform system;
    targetPlatform = hostPlatform;
    inherit (hostPlatform) isLinux isDarwin isx86_64 isAarch64 isi686;
    shell = runtimeShell;
    shellDryRun = "${final.bash}/bin/bash -n -O extglob";
    # A symbolic mkDerivation: `args` or `finalAttrs: args`.
    mkDerivation = argsOrFun:
      let
        args = if builtins.isFunction argsOrFun then argsOrFun args else argsOrFun;
      in
      package (removeAttrs args [ "finalPackage" ]);
  };

  fetcher = args: drv.derivation { name = args.name or "source"; };
in
fromTable
// builders
// lib.optionalAttrs oldRelease {
  inherit hostPlatform buildPlatform;
  targetPlatform = hostPlatform;
  # substituteAll { src, <var> = <value>; ... } (gone in nixpkgs 25.05)
  substituteAll = args: drv.derivation {
    name = args.name or (baseNameOf (toString args.src));
    strict = builtins.toJSON (removeAttrs args [ "src" ]);
  };
}
// {
  _type = "pkgs";
  inherit lib system path config overlays;
  pkgs = final;

  inherit stdenv;
  stdenvNoCC = final.stdenv;
  callPackage = lib.callPackageWith final;
  newScope = extra: lib.callPackageWith (final // extra);

  inherit buildPackages;
  pkgsBuildBuild = buildPackages;
  pkgsBuildHost = buildPackages;
  pkgsHostTarget = final;
  pkgsCross = crossSets;

  inherit runtimeShell;
  runtimeShellPackage = final.bash;
  bashNonInteractive = final.bash;
  bashInteractive = package (table.packages.bash // { pname = "bash-interactive"; });

  qemu = drv.qemu { inherit (hostPlatform) isLinux; table = table.qemu; };
  qemu_kvm = final.qemu.override { hostCpuOnly = true; };
  qemu_test = final.qemu.override { nixosTestRunner = true; };
  qemu-utils = final.qemu.override { toolsOnly = true; };
  qemu_xen = final.qemu.override { xenSupport = true; };
  qemu-user = final.qemu.override { userOnly = true; };

  cloud-hypervisor-graphics = package (table.packages.cloud-hypervisor // { variant = "|spectrum-graphics"; });

  netcat = final.libressl.nc;
  python3Packages = builtins.mapAttrs (_: package) table.python3Packages;
  python3 = fromTable.python3 // {
    pkgs = final.python3Packages;
    withPackages = f: final.buildEnv {
      name = "${fromTable.python3.name}-env";
      paths = f final.python3Packages;
    };
  };

  linux = kernel;
  linux_latest = kernelLatest;
  linuxPackages = linuxPackagesFor kernel;
  linuxPackages_latest = if table ? kernelLatest then linuxPackagesFor kernelLatest else final.linuxPackages;
  # the LTS kernel Ghaf's Orin VMs pin (nixos-26.05's 6.12 series)
  linux_6_12 = kernelFor "6.12.58";
  linuxPackages_6_12 = linuxPackagesFor final.linux_6_12;
  inherit linuxPackagesFor;

  fetchurl = fetcher;
  fetchzip = fetcher;
  fetchgit = fetcher;
  fetchFromGitHub = fetcher;
  fetchFromGitLab = fetcher;

  # vmcmd's own helpers (not in nixpkgs): the table in use, extra symbolic
  # packages and platform descriptions.
  vmcmd = {
    inherit table elaborate;
    mkPackage = package;
    mkDerivation = drv.derivation;
    storePathHash = drv.hashPart;
    inherit (import ./uuid.nix) uuid5Dns;
  };
}
