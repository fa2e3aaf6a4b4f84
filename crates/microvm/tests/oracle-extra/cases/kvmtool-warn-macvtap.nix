# oracle-description: kvmtool with volume serial warning, macvtap, user net, no balloon, registerWithMachined with vsock.
{ ... }:
{
  networking.hostName = "ktw";
  microvm.hypervisor = "kvmtool";
  microvm.registerWithMachined = true;
  microvm.vsock.cid = 33;
  microvm.volumes = [ { image = "k.img"; mountPoint = "/k"; size = 8; serial = "ks"; } ];
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-ktm"; mac = "02:00:00:00:d1:01"; macvtap = { link = "eth0"; mode = "bridge"; }; }
    { type = "tap"; id = "vm-ktt"; mac = "02:00:00:00:d1:02"; }
  ];
}
