# oracle-description: 2023 epoch (d578ed4): virtiofs and 9p shares (PCI, q35), a volume, a user interface with forwarded ports, bios off
{ ... }:
{
  networking.hostName = "sharevm";
  microvm.hypervisor = "qemu";
  microvm.mem = 1024;
  microvm.vcpu = 2;
  microvm.qemu.bios.enable = false;
  microvm.shares = [
    { proto = "virtiofs"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; socket = "store.sock"; }
    { proto = "9p"; tag = "data"; source = "/var/lib/data"; mountPoint = "/data"; }
  ];
  microvm.volumes = [ { image = "var.img"; mountPoint = "/var"; size = 256; } ];
  microvm.interfaces = [ { type = "user"; id = "qemu"; mac = "02:00:00:01:01:01"; } ];
  microvm.forwardPorts = [ { from = "host"; host.port = 2222; guest.port = 22; } ];
}
