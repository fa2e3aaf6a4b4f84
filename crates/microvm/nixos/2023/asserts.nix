# Assertions and warnings of microvm.nix's 2023 guest module (upstream
# nixos-modules/microvm/asserts.nix at c527054, d578ed4 and 03e7f11; the
# same checks in all three): unique volume images, interface ids, share
# tags and virtiofs sockets, bridge settings, interface name length,
# forwardPorts only with qemu user networking, and a low-memory warning.
{ config, lib, ... }:
let
  cfg = config.microvm;
  inherit (config.networking) hostName;

  # one assertion per group of `list` with the same `key`
  unique = what: key: list: map (group: {
    assertion = builtins.length group == 1;
    message = ''
      MicroVM ${hostName}: ${what} "${key (builtins.head group)}" is used ${toString (builtins.length group)} > 1 times.
    '';
  }) (builtins.attrValues (lib.groupBy key list));

  virtiofsShares = builtins.filter ({ proto, ... }: proto == "virtiofs") cfg.shares;
in
lib.mkIf cfg.guest.enable {
  assertions =
    unique "volume image" (v: v.image) cfg.volumes
    ++ unique "interface id" (i: i.id) cfg.interfaces
    ++ map ({ id, type, bridge, ... }:
      if type == "bridge" then {
        assertion = bridge != null;
        message = ''
          MicroVM ${hostName}: interface ${id} is of type "bridge"
          but doesn't have a bridge to attach to defined.
        '';
      } else {
        assertion = bridge == null;
        message = ''
          MicroVM ${hostName}: interface ${id} is not of type "bridge"
          and therefore shouldn't have a "bridge" option defined.
        '';
      }) cfg.interfaces
    ++ map ({ id, ... }: {
      assertion = builtins.stringLength id <= 15;
      message = ''
        MicroVM ${hostName}: interface name ${id} is longer than the
        the maximum length of 15 characters on Linux.
      '';
    }) cfg.interfaces
    ++ unique "share tag" (s: s.tag) cfg.shares
    ++ unique "share socket" (s: toString s.socket) virtiofsShares
    ++ map ({ tag, socket, ... }: {
      assertion = socket != null;
      message = ''
        MicroVM ${hostName}: virtiofs share with tag "${tag}" is missing a `socket` path.
      '';
    }) virtiofsShares
    ++ [ {
      assertion = cfg.forwardPorts != [ ]
        -> (cfg.hypervisor == "qemu" && builtins.any ({ type, ... }: type == "user") cfg.interfaces);
      message = ''
        MicroVM ${hostName}: `config.microvm.forwardPorts` works only with qemu and one network interface with `type = "user"`
      '';
    } ];

  warnings = lib.optional (cfg.mem < 32) ''
    MicroVM ${hostName}: ${toString cfg.mem} MB of RAM is uncomfortably narrow.
  '';
}
