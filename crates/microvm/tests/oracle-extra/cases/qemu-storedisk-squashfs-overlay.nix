# oracle-description: hardened profile (flushL1DataCache = always) -> squashfs store disk, writable store overlay on a volume, label without autoCreate warning, vfat label.
{ ... }:
{
  networking.hostName = "squash";
  security.virtualisation.flushL1DataCache = "always";
  microvm.writableStoreOverlay = "/nix/.rw-store";
  microvm.volumes = [
    { image = "overlay.img"; mountPoint = "/nix/.rw-store"; size = 1024; label = "rwstore"; }
    { image = "/dev/sdz"; mountPoint = "/z"; autoCreate = false; label = "zz"; }
    { image = "efi.img"; mountPoint = "/efi"; size = 64; fsType = "vfat"; label = "EFI"; mkfsExtraArgs = [ "-F" "32" ]; }
  ];
}
