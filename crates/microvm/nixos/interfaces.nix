# Host-side scripts that create and remove the VM's tap and macvtap
# interfaces (upstream interfaces.nix), as `microvm.binScripts` entries.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  ofType = type: builtins.filter (iface: iface.type == type) cfg.interfaces;
  taps = ofType "tap";
  macvtaps = ofType "macvtap";

  ip = lib.getExe' pkgs.iproute2 "ip";
  # owner of the devices on the host (fixed upstream as well)
  owner = "microvm";
  group = "kvm";

  tapFlags = toString (
    [ "vnet_hdr" ] ++ lib.optional cfg.declaredRunner.passthru.tapMultiQueue "multi_queue"
  );

  deleteIfPresent = id: ''
    if [ -e /sys/class/net/${id} ]; then
      ${ip} link delete '${id}'
    fi
  '';
  deleteAll = lib.concatMapStrings (iface: ''
    ${ip} link delete '${iface.id}'
  '');

  tapUp = iface: deleteIfPresent iface.id + ''

    ${ip} tuntap add name '${iface.id}' mode tap user '${owner}' ${tapFlags}
    ${ip} link set '${iface.id}' up
  '';

  macvtapUp = iface: deleteIfPresent iface.id + ''
    ${ip} link add link '${iface.macvtap.link}' name '${iface.id}' address '${iface.mac}' type macvtap mode '${iface.macvtap.mode}'
    ${ip} link set '${iface.id}' allmulticast on
    if [ -f "/proc/sys/net/ipv6/conf/${iface.id}/disable_ipv6" ]; then
      echo 1 > "/proc/sys/net/ipv6/conf/${iface.id}/disable_ipv6"
    fi
    ${ip} link set '${iface.id}' up
    ${pkgs.coreutils-full}/bin/chown '${owner}:${group}' /dev/tap$(< "/sys/class/net/${iface.id}/ifindex")
  '';

  strict = "set -eou pipefail\n";
  lenient = "set -ou pipefail\n";
in
{
  microvm.binScripts = lib.mkMerge [
    (lib.mkIf (taps != [ ]) {
      tap-up = strict + lib.concatMapStrings tapUp taps;
      tap-down = lenient + deleteAll taps;
    })
    (lib.mkIf (macvtaps != [ ]) {
      macvtap-up = strict + lib.concatMapStrings macvtapUp macvtaps;
      macvtap-down = lenient + deleteAll macvtaps;
    })
  ];
}
