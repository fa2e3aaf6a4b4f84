# oracle-description: vfkit with an x86_64-linux guest on an aarch64-darwin host throws.
{ mockPkgsFor, ... }:
{
  networking.hostName = "vfmix";
  microvm.hypervisor = "vfkit";
  microvm.vmHostPackages = mockPkgsFor "aarch64-darwin";
}
