# oracle-description: USB device on cloud-hypervisor throws.
{ ... }:
{
  networking.hostName = "chvusb";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.devices = [ { bus = "usb"; path = "vendorid=0x1,productid=0x2"; } ];
}
