# vmcmd's evaluation of a Ghaf checkout (composition era: `lib.ghaf.vm`,
# `modules/microvm/sysvms/<vm>-base.nix`, globalConfig/hostConfig
# specialArgs; Ghaf 2026-02 onwards). Mirrors what Ghaf's flake does:
#
#  * lib = nixpkgs lib extended with the checkout's `lib/` (flake.nix:
#    `inputs.nixpkgs.lib.extend (import ./lib { inherit inputs; })`);
#  * inputs.self.nixosModules = the union of every
#    `modules/*/flake-module.nix`'s `flake.nixosModules`;
#  * inputs.microvm.nixosModules.microvm = vmcmd's microvm.nix model;
#  * other flake inputs (not in the checkout) = empty modules and
#    identity overlays, named by the caller from what the checkout
#    references (`external`) and reported as assumptions.
#
# The built-in generic host is a laptop-x86 host with the system VMs
# net-vm, gui-vm, audio-vm and admin-vm, no app VMs, no hardware
# definition, the vhotplug device manager and qemu for system VMs:
# globalConfig is Ghaf's `lib.ghaf.profiles.<profile>` typed by Ghaf's
# `lib.types.globalConfig`, hostConfig is Ghaf's `lib.ghaf.vm.mkHostConfig`
# of that host, and each VM is `<vm>-base` + `<vm>-features` + Ghaf's
# `lib.ghaf.vm.applyVmConfig`, evaluated like `lib.nixosSystem` would
# (NixOS options outside vmcmd's model are accepted and ignored).
{ src                      # the checkout (a path)
, profile ? "debug"
, system ? "x86_64-linux"
, external ? [ ]           # [ { input; kind; name; } ] referenced but absent
}:
let
  model = /__vmcmd/microvm/nixos-modules/microvm;
  baseLib = import <nixpkgs/lib>;

  ghafLibFile = src + "/lib/default.nix";
  ghafLibFn = import ghafLibFile;
  # HEAD: `_: lib: prev:` called with { inherit inputs; }
  lib = baseLib.extend (ghafLibFn { inherit inputs; });

  layoutOk = builtins.pathExists ghafLibFile && ((lib.ghaf or { }).vm or { }) ? mkHostConfig;

  empty = { };
  stubOf = kind: if kind == "overlays" then (_final: _prev: { }) else empty;
  externalInputs = builtins.foldl' (acc: e:
    lib.recursiveUpdate acc { ${e.input}.${e.kind}.${e.name} = stubOf e.kind; }
  ) { } external;

  flakeModuleDirs = builtins.filter
    (d: builtins.pathExists (src + "/modules/${d}/flake-module.nix"))
    (builtins.attrNames (lib.filterAttrs (_: t: t == "directory") (builtins.readDir (src + "/modules"))));
  callFlakeModule = d:
    let m = import (src + "/modules/${d}/flake-module.nix");
    in (if builtins.isFunction m then m { inherit inputs lib; } else m).flake.nixosModules or { };
  nixosModules = builtins.foldl' (acc: d: acc // callFlakeModule d) { } flakeModuleDirs;

  inputs = externalInputs // {
    microvm = (externalInputs.microvm or { }) // {
      nixosModules = (externalInputs.microvm.nixosModules or { }) // {
        microvm = model + "/default.nix";
      };
    };
    self = {
      inherit nixosModules lib;
      overlays = { };
      outPath = src;
    };
    nixpkgs = { inherit lib; outPath = "/__vmcmd/nixpkgs"; };
  };

  pkgs = import <nixpkgs> { inherit system; };

  # ---- the generic host -------------------------------------------------
  hostVms = [ "admin-vm" "audio-vm" "gui-vm" "net-vm" ];
  hostCommon = {
    vms = hostVms;
    adminHost = "admin-vm";
    systemHosts = builtins.filter (v: v != "admin-vm") hostVms;
    appHosts = [ ];
    sniVms = [ ];
  };

  globalConfig = (lib.evalModules {
    modules = [{
      options.gc = lib.mkOption { type = lib.types.globalConfig; };
      config.gc = lib.mkMerge [
        (lib.ghaf.profiles.${profile} or (throw
          "vmcmd: the checkout has no global-config profile '${profile}' (it has: ${
            lib.concatStringsSep ", " (builtins.attrNames (lib.ghaf.profiles or { }))})"))
        {
          platform = {
            buildSystem = lib.mkDefault system;
            hostSystem = lib.mkDefault system;
            timeZone = lib.mkDefault null;
          };
        }
      ];
    }];
  }).config.gc;

  # Ghaf's own hosts.nix computes MACs, IPs and vsock CIDs from ghaf.common
  hostHosts = (lib.evalModules {
    modules = [
      (src + "/modules/common/networking/hosts.nix")
      {
        options.ghaf.common = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
        config.ghaf.common = hostCommon // { extraNetworking.hosts = { }; };
        config._module.check = false;
      }
    ];
  }).config.ghaf.networking.hosts;

  hostConfigSource.ghaf = {
    kernel = { };
    qemu = { };
    hardware = {
      passthrough = {
        deviceManager.backend = "vhotplug";
        qemuExtraArgs = { };
        vmUdevExtraRules = { };
      };
      devices = { };
    };
    virtualization = {
      microvm-host.sharedVmDirectory = null;
      microvm = {
        appvm.enabledVms = { };
        sysvm.enabledVms = { };
        guivm.applications = [ ];
      };
    };
    microvm-boot.enable = false;
    common = hostCommon;
    users.managed = [ ];
    reference = { };
    networking.hosts = hostHosts;
    givc = {
      cliArgs = "";
      enableTls = false;
    };
  };

  # NixOS options Ghaf's VM modules define and read back (security.audit
  # feeds boot.kernelParams); everything else undeclared is ignored.
  extraStubs = { lib, ... }: {
    options.security.audit = {
      enable = lib.mkOption {
        type = lib.types.either lib.types.bool (lib.types.enum [ "lock" ]);
        default = false;
      };
      backlogLimit = lib.mkOption { type = lib.types.int; default = 64; };
      failureMode = lib.mkOption { type = lib.types.anything; default = "printk"; };
      rules = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    };
  };

  ghafQemu = src + "/packages/pkgs-by-name/ghaf-qemu/package.nix";

  registryName = vm: builtins.replaceStrings [ "-" ] [ "" ] vm;

  vmModules = vm:
    let r = registryName vm;
    in builtins.filter (m: m != null) [ (nixosModules."${r}-base" or null) (nixosModules."${r}-features" or null) ];

  evalVm = vm:
    import (model + "/eval-config.nix") {
      inherit system;
      check = false;
      # the checkout's own modules import microvm.nix (below), at their depth
      withMicrovm = false;
      specialArgs = {
        inherit lib inputs globalConfig;
        hostConfig = lib.ghaf.vm.mkHostConfig { config = hostConfigSource; vmName = vm; };
        modulesPath = "/__vmcmd/nixos-modules-not-available";
      };
      modules = [
        extraStubs
        { vmcmd.checkAssertions = false; }
        # HEAD wraps microvm.nix with its own fixes; 2026-02..07 import it directly
        (nixosModules.microvm-nix or inputs.microvm.nixosModules.microvm)
        {
          nixpkgs.overlays = lib.optional (builtins.pathExists ghafQemu) (final: _prev: {
            ghaf-qemu = final.callPackage ghafQemu { };
          });
        }
      ]
      ++ vmModules vm
      ++ lib.ghaf.vm.applyVmConfig {
        config.ghaf = {
          hardware.definition = { };
          virtualization.vmConfig = {
            sysvms = { };
            defaultSysVmVmm = "qemu";
          };
          hardware.passthrough = {
            vhotplug = {
              enable = false;
              pciRules = [ ];
            };
            pciPorts.pcieBusPrefix = null;
            deviceManager.package = pkgs.vmcmd.mkPackage system { pname = "vhotplug"; version = "0"; };
          };
        };
        vmName = registryName vm;
      };
    };

  fileOf = vm:
    let m = nixosModules."${registryName vm}-base" or null;
    in if builtins.isPath m then toString m else null;
in
{
  layout = if layoutOk then "composition" else null;
  profiles = builtins.attrNames (lib.ghaf.profiles or { });
  vms = lib.genAttrs (builtins.filter (vm: vmModules vm != [ ]) hostVms) (vm: {
    file = fileOf vm;
    eval = evalVm vm;
  });
}
