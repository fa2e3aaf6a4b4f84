# oracle-description: qemu on an aarch64-darwin VM host for an aarch64-linux guest: hvf accel, threads aio, no -enable-kvm, no numa with shares, generic qemu package.
# oracle-system: aarch64-linux
{ mockPkgsFor, ... }:
{
  networking.hostName = "qdarwin";
  microvm.vmHostPackages = mockPkgsFor "aarch64-darwin";
  microvm.shares = [ { tag = "h"; source = "/Users/h"; mountPoint = "/h"; proto = "virtiofs"; } ];
  microvm.volumes = [ { image = "d.img"; mountPoint = "/d"; size = 16; } ];
}
