# oracle-description: stratovirt with a PCI device on x86_64 throws.
{ ... }:
{
  networking.hostName = "stratopci";
  microvm.hypervisor = "stratovirt";
  microvm.devices = [ { bus = "pci"; path = "0000:0a:00.0"; } ];
}
