# Smaller closures and faster boots for throw-away VMs (upstream
# optimization.nix), active with `microvm.optimize.enable`.
{ config, options, lib, ... }:
let
  cfg = config.microvm;
  # tpm2 off, one serial console and no swraid came after 5bbc126
  after2025_03 = (import ./lib.nix { inherit lib; }).since "c5a04bc";

  hostStoreShared = builtins.any (share: share.source == "/nix/store") cfg.shares;
  canSwitchViaSsh = config.services.openssh.enable && hostStoreShared;

  # systemd in the initrd breaks mounting /nix/store on crosvm and kvmtool
  systemdInitrd = builtins.elem cfg.hypervisor [ "qemu" "cloud-hypervisor" "firecracker" "stratovirt" ];
in
lib.mkIf (cfg.guest.enable && cfg.optimize.enable) {
  documentation.enable = lib.mkDefault false;

  boot = if !after2025_03 then { initrd.systemd.enable = lib.mkDefault systemdInitrd; } else {
    initrd.systemd = {
      enable = lib.mkDefault systemdInitrd;
      tpm2.enable = lib.mkDefault false;
    };
    # one serial console is enough
    kernelParams = [ "8250.nr_uarts=1" ];
    swraid.enable = lib.mkDefault false;
  };

  nixpkgs.overlays = [
    (final: prev: {
      stratovirt = prev.stratovirt.override { gtk3 = null; };
    })
  ];

  # networkd avoids start-up delays of the scripted DHCP client
  networking.useNetworkd = lib.mkDefault true;

  systemd = {
    # wait-online misbehaves with networkd here (systemd issue 29388)
    network.wait-online.enable = lib.mkDefault false;
  } // lib.optionalAttrs after2025_03 {
    tpm2.enable = lib.mkDefault false;
  };

  # leave switch-to-configuration out of the closure unless it can be used
  system = lib.optionalAttrs (options.system ? switch && !canSwitchViaSsh) {
    switch.enable = lib.mkDefault false;
  };
}
