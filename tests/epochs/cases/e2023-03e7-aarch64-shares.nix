# oracle-description: 2023 epoch (03e7f11): aarch64 guest with a virtiofs share and a writable store overlay volume
{ ... }:
{
  nixpkgs.hostPlatform = "aarch64-linux";
  networking.hostName = "armvm";
  microvm.hypervisor = "qemu";
  microvm.writableStoreOverlay = "/nix/.rw-store";
  microvm.shares = [ { proto = "virtiofs"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; } ];
  microvm.volumes = [ { image = "nix-store-overlay.img"; mountPoint = "/nix/.rw-store"; size = 2048; } ];
  microvm.interfaces = [ { type = "user"; id = "qemu"; mac = "02:00:00:01:01:05"; } ];
}
