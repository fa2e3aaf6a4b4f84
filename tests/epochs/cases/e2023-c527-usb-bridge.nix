# oracle-description: 2023 epoch (c527054): a bridge interface (no sandbox), a USB device, a volume without auto-creation, no socket
{ ... }:
{
  networking.hostName = "usbvm";
  microvm.hypervisor = "qemu";
  microvm.socket = null;
  microvm.interfaces = [ { type = "bridge"; id = "vm-usb"; bridge = "br0"; mac = "02:00:00:01:01:02"; } ];
  microvm.devices = [ { bus = "usb"; path = "vendorid=0x1234,productid=0x5678"; } ];
  microvm.volumes = [ { image = "/var/lib/usb.img"; mountPoint = null; size = 64; autoCreate = false; } ];
}
