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
#
# Targets: the checkout's own `flake.nix` outputs, computed with a small
# model of flake-parts (`./flake-parts.nix`); `lib.nixosSystem` is
# vmcmd's NixOS model with undeclared options ignored, microvm.nix's host
# module is `./microvm-host.nix`. A target's VMs are its host's
# `microvm.vms`, followed like microvm.nix's host module does
# (`evaluatedConfig`, else `config` + `specialArgs`).
{ src                      # the checkout (a path)
, profile ? "debug"
, system ? "x86_64-linux"
, external ? [ ]           # [ { input; kind; name; } ] referenced but absent
}:
let
  model = /__vmcmd/microvm/nixos-modules/microvm;

  # nixpkgs' flake lib adds nixosSystem; vmcmd's is its NixOS model
  nixosSystem = { modules ? [ ], specialArgs ? { }, system ? null, ... }:
    import (model + "/eval-config.nix") {
      inherit system;
      # a string: "${modulesPath}/…" must not copy a directory to the store
      specialArgs = {
        modulesPath = "/__vmcmd/nixos/modules";
        vmcmdEvalVm = evalConfigVm;
      } // specialArgs;
      check = false;
      # NixOS namespaces as in NixOS: Ghaf declares and reads its own
      # options under services.*, systemd.* …
      freeformNixos = false;
      # the checkout's own modules import microvm.nix, at their depth
      withMicrovm = false;
      modules = [ extraStubs ./nixos-host-stubs.nix { vmcmd.checkAssertions = false; } ] ++ modules;
    };
  baseLib = (import <nixpkgs/lib>).extend (_: _: { inherit nixosSystem; });

  ghafLibFile = src + "/lib/default.nix";
  ghafLibFn = import ghafLibFile;
  # HEAD: `_: lib: prev:` called with { inherit inputs; }
  lib = baseLib.extend (ghafLibFn { inherit inputs; });

  layoutOk = builtins.pathExists ghafLibFile && ((lib.ghaf or { }).vm or { }) ? mkHostConfig;

  empty = { };
  # an overlay from an input outside the checkout adds one symbolic
  # package named after the input (vhotplug's overlay: pkgs.vhotplug)
  # inputs vmcmd models (their outputs instead of stand-ins)
  models = { jetpack-nixos = import ./jetpack-nixos.nix; };
  stubOf = input: kind: name:
    if models ? ${input} && models.${input} ? ${kind} && models.${input}.${kind} ? ${name} then
      models.${input}.${kind}.${name}
    else if kind == "overlays" then
      (_final: prev: {
        ${input} = prev.${input} or (prev.vmcmd.mkPackage { pname = input; version = "0"; });
      })
    else empty;
  # `inputs.X.packages.${system}.default`: a symbolic package named X
  packagesOf = input: baseLib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (system: {
    default = (import <nixpkgs> { inherit system; }).vmcmd.mkPackage { pname = input; version = "0"; };
  });
  # `name == null`: a single `inputs.X.<kind>` (flakeModule); unqualified
  # references count for the flake's declared inputs only
  declared = builtins.attrNames (flake.inputs or { });
  externalInputs = builtins.foldl' (acc: e:
    baseLib.recursiveUpdate acc (
      if e.name == null && e.kind == "packages" then { ${e.input}.packages = packagesOf e.input; }
      else if e.name == null then { ${e.input}.${e.kind} = empty; }
      else { ${e.input}.${e.kind}.${e.name} = stubOf e.input e.kind e.name; })
  ) { } (builtins.filter (e: e.qualified or true || builtins.elem e.input declared) external);

  flakeModuleDirs = builtins.filter
    (d: builtins.pathExists (src + "/modules/${d}/flake-module.nix"))
    (builtins.attrNames (lib.filterAttrs (_: t: t == "directory") (builtins.readDir (src + "/modules"))));
  callFlakeModule = d:
    let m = import (src + "/modules/${d}/flake-module.nix");
    in (if builtins.isFunction m then m { inherit inputs lib; } else m).flake.nixosModules or { };
  nixosModules = builtins.foldl' (acc: d: acc // callFlakeModule d) { } flakeModuleDirs;

  microvmInput = (externalInputs.microvm or { }) // {
    nixosModules = (externalInputs.microvm.nixosModules or { }) // {
      microvm = model + "/default.nix";
      host = ./microvm-host.nix;
    };
  };

  inputs = externalInputs // {
    microvm = microvmInput;
    self = {
      inherit nixosModules lib;
      overlays = { };
      outPath = src;
    };
    nixpkgs = { inherit lib; outPath = "/__vmcmd/nixpkgs"; };
  };

  # ---- the checkout's flake outputs (targets) ---------------------------
  flake = import (src + "/flake.nix");
  # every input the flake declares exists (as an empty flake unless the
  # checkout's code names what it takes from it, see `external`)
  # (a source tree whose every file is `{ }`, for `input + "/module.nix"`)
  declaredInputs = builtins.mapAttrs (name: _: { outPath = "/__vmcmd/inputs/${name}"; }) (flake.inputs or { });
  allSystems = [ "x86_64-linux" "aarch64-linux" "riscv64-linux" "x86_64-darwin" "aarch64-darwin" ];
  # numtide/flake-utils, as 2023's flake.nix uses it
  flakeUtils.lib = rec {
    system = baseLib.genAttrs allSystems (s: s);
    allSystems = system;
    defaultSystems = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ];
    eachSystem = systems: f:
      builtins.foldl' (acc: sys:
        let r = f sys;
        in acc // builtins.mapAttrs (k: v: (acc.${k} or { }) // { ${sys} = v; }) r
      ) { } systems;
    eachDefaultSystem = eachSystem defaultSystems;
  };
  # the flake's outputs function gets its declared inputs and self
  flakeInputs = builtins.intersectAttrs (declaredInputs // { self = null; }) allInputs;
  allInputs = baseLib.recursiveUpdate declaredInputs externalInputs // {
    flake-utils = flakeUtils;
    microvm = microvmInput;
    nixpkgs = {
      lib = baseLib;
      outPath = "/__vmcmd/nixpkgs";
      legacyPackages = baseLib.genAttrs [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" "aarch64-darwin" ]
        (system: import <nixpkgs> { inherit system; });
    };
    flake-parts = import ./flake-parts.nix { lib = baseLib; };
    self = self';
  };
  outputs = flake.outputs flakeInputs;
  self' = outputs // {
    inputs = flakeInputs;
    outPath = src;
    _type = "flake";
  };
  targetNames = builtins.attrNames (outputs.nixosConfigurations or { });

  # a VM given as `microvm.vms.<n>.config` (see ./microvm-host.nix; the
  # modules include microvm.nix's guest module)
  evalConfigVm = { name, modules, specialArgs ? { }, system ? null }:
    nixosSystem {
      inherit specialArgs system;
      modules = [
        ({ lib, ... }: { networking.hostName = lib.mkDefault name; })
        (model + "/default.nix")
      ] ++ modules;
    };

  # microvm.nix's host module: `evaluatedConfig`, else `config` (already
  # evaluated by the option's merge)
  vmEvalOf = name: v:
    if v.evaluatedConfig or null != null then v.evaluatedConfig
    else if v.config or null != null then v.config
    # `flake = self`: the flake's nixosConfigurations.<name>
    else if v.flake or null != null then v.flake.nixosConfigurations.${name}
    else throw "vmcmd: microvm.vms.${name} has neither evaluatedConfig, config nor flake";

  targetOf = t:
    let
      host = outputs.nixosConfigurations.${t};
      # a configuration without microvm.nix's host module (a VM itself, as
      # 2023's netvm-<target> outputs, or a board without VMs) has none
      isHost = (host.options.microvm or { }) ? vms;
      vms = if isHost then host.config.microvm.vms else { };
      defs = host.options.microvm.vms.definitionsWithLocations or [ ];
      # where `microvm.vms.<name>` is written (the attribute's position;
      # the definition's file names flake-parts' wrapper for `{ inputs }:`
      # modules)
      fileOfVm = name:
        let
          d = builtins.filter (d: builtins.isAttrs d.value && d.value ? ${name}) defs;
          first = builtins.head d;
          pos = builtins.unsafeGetAttrPos name first.value;
        in
        if d == [ ] then null else if pos != null then pos.file else toString first.file;
    in
    builtins.mapAttrs (name: v: { file = fileOfVm name; eval = vmEvalOf name v; }) vms;

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
      # as the project oracle's generic host: freeform NixOS namespaces
      freeformNixos = true;
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
            deviceManager.package = pkgs.vmcmd.mkPackage { pname = "vhotplug"; version = "0"; };
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
  targets = targetNames;
  target = targetOf;
  vms = lib.genAttrs (builtins.filter (vm: vmModules vm != [ ]) hostVms) (vm: {
    file = fileOf vm;
    eval = evalVm vm;
  });
}
