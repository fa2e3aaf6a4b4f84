# oracle-description: q35 machine with virtio-mem hotplug (maxmem), balloon without deflateOnOOM, vcpu 4, tap with vhost and multiqueue, macvtap fds.
{ ... }:
{
  networking.hostName = "q35hp";
  microvm.qemu.machine = "q35";
  microvm.mem = 1024;
  microvm.hotplugMem = 3072;
  microvm.hotpluggedMem = 1024;
  microvm.balloon = true;
  microvm.deflateOnOOM = false;
  microvm.vcpu = 4;
  microvm.interfaces = [
    { type = "tap"; id = "vm-q1"; mac = "02:00:00:00:35:01"; tap.vhost = true; }
    { type = "macvtap"; id = "vm-q2"; mac = "02:00:00:00:35:02"; macvtap = { link = "eth0"; mode = "vepa"; }; }
    { type = "macvtap"; id = "vm-q3"; mac = "02:00:00:00:35:03"; macvtap = { link = "eth1"; mode = "passthru"; }; }
  ];
}
