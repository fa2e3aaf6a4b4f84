# oracle-description: all interface kinds on qemu (user, tap, macvtap, bridge): bridge disables -sandbox, forward ports on the user netdev, romfile= on pci.
{ ... }:
{
  networking.hostName = "ifall";
  microvm.qemu.machine = "q35";
  microvm.interfaces = [
    { type = "user"; id = "u1"; mac = "02:00:00:00:0a:01"; }
    { type = "tap"; id = "t1"; mac = "02:00:00:00:0a:02"; }
    { type = "macvtap"; id = "m1"; mac = "02:00:00:00:0a:03"; macvtap = { link = "eth0"; mode = "private"; }; }
    { type = "bridge"; id = "b1"; mac = "02:00:00:00:0a:04"; bridge = "br0"; }
  ];
  microvm.forwardPorts = [ { from = "host"; host.port = 8022; guest.port = 22; } ];
}
