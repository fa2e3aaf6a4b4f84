# oracle-description: firecracker on an aarch64-linux guest (Image kernel, smt = false), extraConfig merged, volume serial/direct warnings, CPU template.
# oracle-system: aarch64-linux
{ ... }:
{
  networking.hostName = "fcarm";
  microvm.hypervisor = "firecracker";
  microvm.firecracker.extraConfig = { machine-config.track_dirty_pages = true; logger = { level = "Info"; }; };
  microvm.firecracker.cpu = { kvm_capabilities = [ "!56" ]; };
  microvm.volumes = [ { image = "fa.img"; mountPoint = "/a"; size = 32; serial = "s"; direct = true; } ];
  microvm.interfaces = [ { type = "tap"; id = "vm-fcarm"; mac = "02:00:00:00:fa:01"; } ];
}
