# oracle-description: vfkit with a bridge interface throws.
# oracle-system: aarch64-linux
{ mockPkgsFor, ... }:
{
  networking.hostName = "vfbr";
  microvm.hypervisor = "vfkit";
  microvm.vmHostPackages = mockPkgsFor "aarch64-darwin";
  microvm.interfaces = [ { type = "bridge"; id = "vb"; mac = "02:00:00:00:f1:01"; bridge = "br0"; } ];
}
