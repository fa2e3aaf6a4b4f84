# oracle-description: alioth volume serial and direct warnings, no store disk, no vsock.
{ ... }:
{
  networking.hostName = "alwarn";
  microvm.hypervisor = "alioth";
  microvm.volumes = [ { image = "w.img"; mountPoint = "/w"; size = 8; serial = "ser"; direct = true; } ];
  microvm.interfaces = [ { type = "tap"; id = "vm-alw"; mac = "02:00:00:00:a2:01"; } ];
}
