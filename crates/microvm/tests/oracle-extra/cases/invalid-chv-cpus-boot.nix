# oracle-description: --cpus boot= in extraArgs: cloud-hypervisor throws.
{ ... }:
{
  networking.hostName = "chvboot";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.cloud-hypervisor.extraArgs = [ "--cpus" "boot=4" ];
}
