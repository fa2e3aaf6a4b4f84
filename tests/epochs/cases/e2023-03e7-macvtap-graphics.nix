# oracle-description: 2023 epoch (03e7f11): graphics, a macvtap and a tap interface, a pci device, a volume, balloonMem
{ ... }:
{
  networking.hostName = "gfxvm";
  microvm.hypervisor = "qemu";
  microvm.mem = 3072;
  microvm.balloonMem = 1024;
  microvm.vcpu = 4;
  microvm.graphics.enable = true;
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-gfx-mv"; mac = "02:00:00:01:01:03"; macvtap = { link = "eth0"; mode = "bridge"; }; }
    { type = "tap"; id = "vm-gfx"; mac = "02:00:00:01:01:04"; }
  ];
  microvm.devices = [ { bus = "pci"; path = "0000:00:02.0"; } ];
  microvm.volumes = [ { image = "home.img"; mountPoint = "/home"; size = 512; } ];
}
