# oracle-description: cloud-hypervisor on an aarch64-linux guest: Image kernel, console=ttyAMA0, macvtap with 4 queues, tap, volume with serial.
# oracle-system: aarch64-linux
{ ... }:
{
  networking.hostName = "chvarm";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.vcpu = 2;
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-chvarm"; mac = "02:00:00:00:ca:01"; macvtap = { link = "eth0"; mode = "bridge"; }; }
    { type = "tap"; id = "vm-chvtap"; mac = "02:00:00:00:ca:02"; }
  ];
  microvm.volumes = [ { image = "arm.img"; mountPoint = "/var"; size = 64; serial = "armdisk"; } ];
}
