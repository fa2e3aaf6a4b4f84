# oracle-description: stratovirt on aarch64-linux (-machine virt, ttyAMA0), usb device, vcpu 1, forwardPorts with a user interface.
# oracle-system: aarch64-linux
{ ... }:
{
  networking.hostName = "stratoarm";
  microvm.hypervisor = "stratovirt";
  microvm.devices = [ { bus = "usb"; path = "hostbus=1,hostaddr=2"; } ];
  microvm.interfaces = [ { type = "user"; id = "su"; mac = "02:00:00:00:5a:01"; } ];
}
