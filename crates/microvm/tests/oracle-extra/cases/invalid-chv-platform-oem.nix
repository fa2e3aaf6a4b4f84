# oracle-description: --platform oem_strings= in extraArgs: cloud-hypervisor throws.
{ ... }:
{
  networking.hostName = "chvplat";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.cloud-hypervisor.extraArgs = [ "--platform" "oem_strings=[a]" ];
}
