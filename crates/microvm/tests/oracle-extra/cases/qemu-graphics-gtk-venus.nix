# oracle-description: qemu gtk graphics with venus vulkan: virtio-vga-gl with blob/hostmem, no for-vm-tests override, pci devType, usb tablet/kbd.
{ ... }:
{
  networking.hostName = "venus";
  microvm.graphics = { enable = true; backend = "gtk"; vulkan = "venus"; hostmem = "4G"; };
}
