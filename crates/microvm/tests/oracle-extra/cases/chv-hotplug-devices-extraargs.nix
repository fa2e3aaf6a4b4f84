# oracle-description: cloud-hypervisor with virtio-mem hotplug, PCI passthrough (raw --device), and extraArgs with --cpus/--platform/--serial/--console that are merged or suppress defaults.
{ ... }:
{
  networking.hostName = "chvhp";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.mem = 1024;
  microvm.hotplugMem = 2048;
  microvm.hotpluggedMem = 512;
  microvm.vsock.cid = 21;
  microvm.devices = [
    { bus = "pci"; path = "0000:03:00.0"; }
    { bus = "pci"; path = "0000:04:00.0"; }
  ];
  microvm.cloud-hypervisor.platformOEMStrings = [ "io.systemd.credential:A=b" ];
  microvm.cloud-hypervisor.extraArgs = [
    "--cpus" "max=4,kvm_hyperv=on"
    "--platform" "serial_number=abc"
    "--serial" "tty"
    "--console" "off"
    "--rng" "src=/dev/urandom"
    "--pvpanic"
  ];
}
