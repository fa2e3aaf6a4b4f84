# oracle-description: qemu.pcieRootPorts with all optional fields, before vfio-pci devices using them.
{ ... }:
{
  networking.hostName = "rootports";
  microvm.qemu.machine = "q35";
  microvm.qemu.pcieRootPorts = [
    { id = "rp1"; }
    { id = "rp2"; bus = "pcie.0"; chassis = 2; slot = "1"; addr = "0x10"; }
  ];
  microvm.devices = [ { bus = "pci"; path = "0000:09:00.0"; qemu.bus = "rp2"; } ];
}
