# JSON-safe views of an evaluated configuration, in the shape of the
# project oracle's output: derivations become their store paths, package
# sets "<pkgs SYSTEM>", functions "<function>", and values whose
# evaluation throws (failed assertions reached through init=, options
# used without a value, ...) {"__oracle_error": ...}. Errors tryEval
# cannot catch abort the whole view, as in Nix.
#
#   basic       hypervisor, guest system, VM-host system, host name
#   assertions  messages of failed assertions, config.warnings
#   config      all of config.microvm (minus the runners and other
#               derived packages), boot.* module lists, fileSystems
#   runner      what the runner generator takes from Nix rather than
#               recomputing: the qemu package after lib/runners/qemu.nix's
#               overrides (`.override` re-calls a callPackage'd function,
#               which may ignore `nixosTestRunner`), or null; the build
#               command a module appended to the declared runner, or null
#
# With `vmcmd.checkAssertions = false` (a Ghaf checkout, whose NixOS
# modules' assertions read options the stubs do not declare), only the
# model's own assertions and warnings are evaluated, as the oracle does.
{ config, options ? null, lib ? import <nixpkgs/lib> }:
let
  cfg = config.microvm;

  # microvm.nix 2023 (c527054, d578ed4, 03e7f11; ./2023): balloonMem is an
  # option, c527054/d578ed4's bootDisk is the root image the qemu runner
  # boots, and the runners use the guest's pkgs (no vmHostPackages)
  is2023 = (import /__vmcmd/microvm/epoch.nix).era2023;
  # 5bbc126 (2025-03) had no vmHostPackages or qemu.package either
  hostPackages = cfg.vmHostPackages or guestPkgs;
  guestPkgs =
    if options != null then options._module.args.value.pkgs
    else import <nixpkgs> {
      system = platformSystem config.nixpkgs.hostPlatform;
      inherit (config.nixpkgs) overlays config;
    };

  failed = { __oracle_error = "evaluation failed (throw/assert/undefined option)"; };

  jsonSafe = value:
    let
      attempt = builtins.tryEval value;
      v = attempt.value;
      drv = builtins.tryEval (lib.isDerivation v);
      path = builtins.tryEval "${v}";
    in
    if !attempt.success then failed
    else if builtins.isAttrs v then
      if !drv.success then failed
      else if drv.value then (if path.success then path.value else failed)
      else if (v._type or null) == "pkgs" then "<pkgs ${v.stdenv.hostPlatform.system}>"
      else builtins.mapAttrs (_: jsonSafe) v
    else if builtins.isList v then map jsonSafe v
    else if builtins.isFunction v then "<function>"
    else if builtins.isPath v then toString v
    else v;

  # derived packages (built from everything else), the never-used boot
  # disk and the removed balloonMem (a throw by design, since 2025-04)
  omitted =
    if is2023 then [ "runner" "declaredRunner" "_module" ] ++ lib.optional (cfg ? storeDisk) "bootDisk"
    else [ "runner" "declaredRunner" "deploy" "bootDisk" "_module" ]
      # a real option until 9ad2b03 (2025-04-17; 5bbc126 and older)
      ++ lib.optional (!(builtins.tryEval (cfg.balloonMem or null)).success) "balloonMem";

  platformSystem = p: if builtins.isString p then p else p.system;

  fromModel = file: lib.hasPrefix "/__vmcmd/" file;
  modelOnly = options != null && !config.vmcmd.checkAssertions;
  # the model's own definitions only; the others are not even evaluated
  modelDefinitions = option:
    lib.concatMap (d: d.value) (
      if option ? vmcmdDefinitionsFrom then option.vmcmdDefinitionsFrom fromModel
      else builtins.filter (d: fromModel (toString d.file)) option.definitionsWithLocations);
  assertions = if modelOnly then modelDefinitions options.assertions else config.assertions;
  warnings = if modelOnly then modelDefinitions options.warnings else config.warnings;

  # lib/runners/qemu.nix: overrideQemu microvmConfig.qemu.package
  # (2023: qemu_kvm, with libusb for USB devices)
  qemu2023 =
    if lib.any (d: d.bus == "usb") cfg.devices then
      guestPkgs.qemu_kvm.overrideAttrs (oa: {
        configureFlags = oa.configureFlags ++ [ "--enable-libusb" ];
        buildInputs = oa.buildInputs ++ [ guestPkgs.libusb ];
      })
    else guestPkgs.qemu_kvm;
  qemuPackage =
    let
      requireUsb = lib.any (d: d.bus == "usb") cfg.devices;
      enableLibusb = pkg: pkg.overrideAttrs (oa: {
        configureFlags = oa.configureFlags ++ [ "--enable-libusb" ];
        # `libusb` until 5bbc126 (2025-03) switched to `libusb1`
        buildInputs = (oa.buildInputs or [ ]) ++ [
          (if (import ./lib.nix { inherit lib; }).since "5bbc126" then hostPackages.libusb1 else hostPackages.libusb)
        ];
      });
      minimizeQemuClosureSize = pkg: pkg.override (oa: {
        nixosTestRunner = if cfg.graphics.enable then oa.nixosTestRunner or false else true;
      });
      # 5bbc126: qemu_kvm, or qemu_full of the build platform with a
      # CPU model; the minimised build also dropped the docs and the
      # edk2-arm firmware
      minimize2025 = pkg: (pkg.override (oa: {
        nixosTestRunner = if cfg.graphics.enable then oa.nixosTestRunner or false else true;
        enableDocs = false;
      })).overrideAttrs (oa: {
        postFixup = (oa.postFixup or "") + lib.optionalString (guestPkgs.stdenv.hostPlatform.system != "aarch64-linux")
          "rm -rf $out/share/qemu/edk2-arm-*";
      });
      q =
        if is2023 then qemu2023
        else if !(cfg.qemu ? package) then lib.pipe
          (if cfg.cpu == null then guestPkgs.qemu_kvm else guestPkgs.buildPackages.qemu_full) (
          lib.optional requireUsb enableLibusb
          ++ lib.optional cfg.optimize.enable minimize2025
        )
        else lib.pipe cfg.qemu.package (
        lib.optional requireUsb enableLibusb
        ++ lib.optional cfg.optimize.enable minimizeQemuClosureSize
      );
      # (`storePath`, not `outPath`: toJSON would print the set as that string)
      view = {
        storePath = "${q}";
        inherit (q) name;
        system = q.system or q.stdenv.hostPlatform.system or null;
        configureFlags = q.configureFlags or [ ];
      } // lib.optionalAttrs (q ? variant) { inherit (q) variant; }
        // lib.optionalAttrs (q ? meta.mainProgram) { mainProgram = q.meta.mainProgram; };
      attempt = builtins.tryEval (builtins.deepSeq view view);
    in
    if cfg.hypervisor == "qemu" && attempt.success then attempt.value else null;

  # declaredRunner = runner.overrideAttrs (o: { buildCommand = o.buildCommand + … })
  extraBuildCommand =
    let
      attempt = builtins.tryEval (
        let
          d = cfg.declaredRunner;
          b = cfg.runner.${cfg.hypervisor};
        in
        if (d.buildCommand or null) != null && d.buildCommand != b.buildCommand
          && lib.hasPrefix b.buildCommand d.buildCommand
        then lib.removePrefix b.buildCommand d.buildCommand
        else null);
    in
    if attempt.success then attempt.value else null;
in
{
  runner = { inherit qemuPackage extraBuildCommand; };

  basic = {
    inherit (cfg) hypervisor;
    system = platformSystem config.nixpkgs.hostPlatform;
    vmHostSystem = (if is2023 then guestPkgs else hostPackages).stdenv.hostPlatform.system;
    inherit (config.networking) hostName;
  };

  assertions = {
    failed = map (a: a.message) (builtins.filter (a: !a.assertion) assertions);
    inherit warnings;
  };

  config = {
    microvm = jsonSafe (removeAttrs cfg omitted);
    boot = jsonSafe {
      inherit (config.boot) kernelParams kernelModules blacklistedKernelModules;
      initrd = { inherit (config.boot.initrd) kernelModules availableKernelModules; };
      kernel = config.boot.kernelPackages.kernel;
    };
    fileSystems = jsonSafe config.fileSystems;
    networking.hostName = config.networking.hostName;
  };
}
