# oracle-description: crosvm with a writable 9p share, PCI passthrough (raw --vfio), graphics (GPU backend in preStart), balloon off, no store disk.
{ ... }:
{
  networking.hostName = "crosgfx";
  microvm.hypervisor = "crosvm";
  microvm.graphics.enable = true;
  microvm.storeOnDisk = false;
  microvm.shares = [
    { tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; proto = "9p"; }
    { tag = "data"; source = "/srv/data"; mountPoint = "/data"; proto = "virtiofs"; }
  ];
  microvm.devices = [ { bus = "pci"; path = "0000:07:00.0"; } ];
  microvm.volumes = [ { image = "x.img"; mountPoint = "/x"; size = 16; readOnly = true; } ];
}
