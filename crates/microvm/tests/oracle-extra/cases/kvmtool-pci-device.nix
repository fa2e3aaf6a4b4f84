# oracle-description: kvmtool with a PCI device: the runner's strict { bus, path } pattern fails.
{ ... }:
{
  networking.hostName = "ktpci";
  microvm.hypervisor = "kvmtool";
  microvm.devices = [ { bus = "pci"; path = "0000:08:00.0"; } ];
}
