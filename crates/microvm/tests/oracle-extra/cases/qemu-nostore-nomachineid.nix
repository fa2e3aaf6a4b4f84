# oracle-description: qemu without machineId (no -smbios) and socket null (no shutdown/balloon scripts), extraArgs needing quotes (apostrophe, empty word), prettyProcnames off.
{ ... }:
{
  networking.hostName = "bare";
  microvm.machineId = null;
  microvm.socket = null;
  microvm.prettyProcnames = false;
  microvm.qemu.extraArgs = [ "-device" "virtio-keyboard" "it's" "" ];
}
