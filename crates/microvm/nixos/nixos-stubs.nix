# Stand-ins for the NixOS options microvm.nix's guest modules read or
# define, so that ./default.nix evaluates with lib.evalModules alone.
#
#  * Types follow NixOS wherever a definition could be rejected
#    (boot.kernelParams, networking.hostName, system.nixos.label, ...);
#    options microvm.nix only writes to are freeform.
#  * `pkgs` comes from `import <nixpkgs>` for `nixpkgs.hostPlatform` with
#    `nixpkgs.overlays` and `nixpkgs.config`, like NixOS' nixpkgs module.
#  * No other NixOS module contributes (no loglevel=4, no root=fstab, ...),
#    except for the 2023 epochs: NixOS' loglevel=<n> kernel parameter
#    below, and ./2023/nixos-stubs.nix.
#  * `system.build.toplevel` checks assertions and warnings when its path
#    is used, like NixOS' top-level.nix (so `init=${toplevel}/init`
#    carries a failed assertion into the kernel command line).
#  * `vmcmdFreeformNixos` (a special argument, see ./eval-config.nix):
#    when true, `services`, `systemd`, `users`, `environment.etc` and
#    `networking.{firewall,interfaces}` are freeform options that accept
#    any definition (a standalone VM module, `_module.check = true`);
#    when false they are namespaces as in NixOS, so that modules
#    declaring `options.services.foo` and reading `config.services.foo`
#    are evaluated like NixOS does (a Ghaf target's hundreds of modules).
{ config, lib, vmcmdFreeformNixos, ... }:
let
  inherit (lib) mkOption types;

  platformSystem = p: if builtins.isString p then p else p.system;

  pkgs = import <nixpkgs> {
    system = platformSystem config.nixpkgs.hostPlatform;
    inherit (config.nixpkgs) overlays config;
  };
  hostPlatform = pkgs.stdenv.hostPlatform;

  nixosInfo = pkgs.vmcmd.table.nixos or { release = "26.05"; versionSuffix = ""; };
  nixosVersion = nixosInfo.release + nixosInfo.versionSuffix;

  option = type: default: mkOption { inherit type default; };
  freeformSubmodule = extraOptions: types.submodule {
    freeformType = types.lazyAttrsOf types.anything;
    options = extraOptions;
  };
  anyAttrs = option (types.lazyAttrsOf types.anything) { };

  # nixos/modules/system/boot/kernel.nix
  kernelParam = types.strMatching ''([^"[:space:]]|"[^"]*")+'' // {
    name = "kernelParam";
    description = "string, with spaces inside double quotes";
  };

  overlay = lib.mkOptionType {
    name = "nixpkgs-overlay";
    description = "nixpkgs overlay";
    check = lib.isFunction;
    merge = lib.mergeOneOption;
  };

  systemName = "nixos-system-${config.system.name}-${config.system.nixos.label}";
  unchecked = pkgs.runCommand systemName { nixosLabel = config.system.nixos.label; }
    "# vmcmd: the NixOS system is not built";
  # The check sits on outPath so the definition stays lazy.
  toplevel = unchecked // {
    outPath =
      if config.vmcmd.checkAssertions
      then lib.asserts.checkAssertWarn config.assertions config.warnings unchecked.outPath
      else unchecked.outPath;
  };

  kernelName = config.boot.kernelPackages.kernel.name or "kernel";
in
{
  options = lib.optionalAttrs vmcmdFreeformNixos {
    systemd = anyAttrs;
    users = anyAttrs;
  } // {
    # Off when NixOS modules outside the model define assertions that read
    # options the stubs do not declare (a Ghaf checkout's modules).
    vmcmd.checkAssertions = option types.bool true;

    assertions = mkOption {
      type = types.listOf types.unspecified;
      internal = true;
      default = [ ];
    };
    warnings = mkOption {
      type = types.listOf types.str;
      internal = true;
      default = [ ];
    };

    nixpkgs = {
      hostPlatform = mkOption {
        type = types.either types.str types.attrs;
        example = "aarch64-linux";
        description = "The guest platform.";
      } // lib.optionalAttrs (!vmcmdFreeformNixos) {
        # NixOS elaborates the platform; modules read `.system`
        apply = p: if builtins.isString p then { system = p; } else p;
      };
      overlays = option (types.listOf overlay) [ ];
      config = option types.attrs { };
    };

    networking = {
      # nixos/modules/tasks/network-interfaces.nix
      hostName = option (types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$") "nixos";
      hostId = option (types.nullOr types.str) null;
      useNetworkd = option types.bool false;
      useDHCP = option types.bool true;
    } // lib.optionalAttrs vmcmdFreeformNixos {
      firewall = option (freeformSubmodule { }) { };
      interfaces = anyAttrs;
    };

    boot = {
      kernelPackages = option types.raw pkgs.linuxPackages;
      kernelParams = option (types.listOf kernelParam) [ ];
      kernelModules = option (types.listOf types.str) [ ];
      blacklistedKernelModules = option (types.listOf types.str) [ ];
      postBootCommands = option types.lines "";
      loader.grub.enable = option types.bool true;
      swraid.enable = option types.bool false;
      initrd = {
        kernelModules = option (types.listOf types.str) [ ];
        availableKernelModules = option (types.listOf types.str) [ ];
        systemd = {
          enable = option types.bool false;
          tpm2.enable = option types.bool true;
        };
      };
    };

    system = {
      build = mkOption {
        type = types.submoduleWith {
          modules = [ { freeformType = types.lazyAttrsOf (types.uniq types.unspecified); } ];
        };
        default = { };
      };
      name = option types.str (
        if config.networking.hostName == "" then "unnamed" else config.networking.hostName
      );
      stateVersion = option types.str nixosInfo.release;
      nixos = {
        release = option types.str nixosInfo.release;
        version = option types.str nixosVersion;
        label = option (types.strMatching "[a-zA-Z0-9:_\\.-]*") nixosVersion;
      };
      boot.loader = {
        kernelFile = option types.str (
          hostPlatform.linux-kernel.target or (if hostPlatform.isx86 then "bzImage" else "Image")
        );
        initrdFile = option types.str "initrd";
      };
      switch.enable = option types.bool true;
    };

    nix = {
      enable = option types.bool true;
      package = option types.package pkgs.nix;
      optimise.automatic = option types.bool false;
      settings = option (freeformSubmodule {
        auto-optimise-store = option types.bool false;
      }) { };
    };

    security.virtualisation.flushL1DataCache =
      option (types.nullOr (types.enum [ "never" "cond" "always" ])) null;

    services =
      if vmcmdFreeformNixos then
        option (freeformSubmodule {
          openssh = option (freeformSubmodule { enable = option types.bool false; }) { };
        }) { }
      else {
        openssh.enable = option types.bool false;
      };

    environment = {
      systemPackages = option (types.listOf types.package) [ ];
    } // lib.optionalAttrs vmcmdFreeformNixos {
      etc = anyAttrs;
    };

    documentation.enable = option types.bool true;

    fileSystems = option (types.attrsOf (freeformSubmodule { })) { };


    virtualisation.rosetta.enable = option types.bool false;
  };

  # NixOS 22.11/23.05 details the 2023 microvm.nix modules rely on
  imports = lib.optional ((import /__vmcmd/microvm/epoch.nix).era2023) ./2023/nixos-stubs.nix;

  config = {
    _module.args.pkgs = pkgs;

    # 2023 epochs: NixOS' own kernel parameter (nixos/modules/system/boot/
    # kernel.nix), here so that it precedes every other module's
    boot.kernelParams = lib.mkIf ((import /__vmcmd/microvm/epoch.nix).era2023)
      [ "loglevel=${toString config.boot.consoleLogLevel}" ];

    system.build = {
      inherit toplevel;
      initialRamdisk = pkgs.runCommand "initrd-${kernelName}" { } "# vmcmd: the initrd is not built";
    };
  };
}
