# microvm.nix's consistency checks (upstream asserts.nix): NixOS
# assertions and warnings about volumes, interfaces, shares, forwarded
# ports and cloud-hypervisor OEM strings. The messages are upstream's,
# character for character, since users and tests match on them. The
# posixAcl check exists since 71beea0 (not at c5a04bc), the OEM strings
# check and the store optimisation warning since c5a04bc (not at 5bbc126).
{ config, lib, ... }:
let
  inherit (config.networking) hostName;
  cfg = config.microvm;
  epoch = import /__vmcmd/microvm/epoch.nix;
  # 5bbc126 (2025-03) had neither the OEM strings check nor the warning
  # about store optimisation
  after2025_03 = epoch.since "c5a04bc";

  # One assertion per group of list entries sharing `key`: the group must
  # have exactly one member.
  # `show` gives the value printed in the message.
  uniqueBy = what: key: show: list:
    map (group: {
      assertion = builtins.length group == 1;
      message = ''
        MicroVM ${hostName}: ${what} "${show (builtins.head group)}" is used ${toString (builtins.length group)} > 1 times.
      '';
    }) (builtins.attrValues (builtins.groupBy key list));
  unique = what: key: uniqueBy what key key;

  virtiofsShares = builtins.filter (share: share.proto == "virtiofs") cfg.shares;

  bridgeCheck = iface:
    if iface.type == "bridge" then {
      assertion = iface.bridge != null;
      message = ''
        MicroVM ${hostName}: interface ${iface.id} is of type "bridge"
        but doesn't have a bridge to attach to defined.
      '';
    } else {
      assertion = iface.bridge == null;
      message = ''
        MicroVM ${hostName}: interface ${iface.id} is not of type "bridge"
        and therefore shouldn't have a "bridge" option defined.
      '';
    };

  nameLengthCheck = iface: {
    assertion = builtins.stringLength iface.id <= 15;
    message = ''
      MicroVM ${hostName}: interface name ${iface.id} is longer than the
      the maximum length of 15 characters on Linux.
    '';
  };

  socketCheck = share: {
    assertion = share.socket != null;
    message = ''
      MicroVM ${hostName}: virtiofs share with tag "${share.tag}" is missing a `socket` path.
    '';
  };

  translatesIds = arg: lib.hasInfix "--translate-uid" arg || lib.hasInfix "--translate-gid" arg;
  posixAclCheck = share: {
    assertion = !(share.posixAcl && lib.any translatesIds (cfg.virtiofsd.extraArgs ++ share.extraArgs));
    message = ''
      MicroVM ${hostName}: virtiofs share "${share.tag}" has posixAcl=true but
      extraArgs (per-share or global microvm.virtiofsd.extraArgs) contains
      --translate-uid/--translate-gid, which conflict with --posix-acl.
      Set posixAcl=false on this share to use UID/GID remapping.
    '';
  };

  forwardPortsCheck = {
    assertion =
      cfg.forwardPorts != [ ]
      -> (cfg.hypervisor == "qemu" && builtins.any (iface: iface.type == "user") cfg.interfaces);
    message = ''
      MicroVM ${hostName}: `config.microvm.forwardPorts` works only with qemu and one network interface with `type = "user"`
    '';
  };

  oemStringsCheck = {
    assertion = !(lib.any (s: lib.hasInfix "oem_strings" s) cfg.cloud-hypervisor.platformOEMStrings);
    message = ''
      MicroVM ${hostName}: `config.microvm.cloud-hypervisor.platformOEMStrings` items must not contain `oem_strings`
    '';
  };
in
lib.mkIf cfg.guest.enable {
  assertions =
    unique "volume image" (v: v.image) cfg.volumes
    ++ unique "interface id" (i: i.id) cfg.interfaces
    ++ map bridgeCheck cfg.interfaces
    ++ map nameLengthCheck cfg.interfaces
    ++ unique "share tag" (s: s.tag) cfg.shares
    ++ uniqueBy "share socket" (s: toString s.socket) (s: s.socket) virtiofsShares
    ++ map socketCheck virtiofsShares
    ++ lib.optionals (epoch.since "71beea0")
      (map posixAclCheck virtiofsShares)
    ++ [ forwardPortsCheck ]
    ++ lib.optional (after2025_03 && cfg.hypervisor == "cloud-hypervisor") oemStringsCheck;

  warnings =
    lib.optional (cfg.mem < 32) ''
      MicroVM ${hostName}: ${toString cfg.mem} MB of RAM is uncomfortably narrow.
    ''
    ++ lib.optional (after2025_03 && config.nix.optimise.automatic) ''
      Optimising the nix store is not recommended as it either uses lots of file handles with virtiofsd or as it doesn't do what you expect with a block device.
    '';
}
