# oracle-description: vsock.cid and a --vsock cid= in extraArgs: cloud-hypervisor throws.
{ ... }:
{
  networking.hostName = "chvvs";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.vsock.cid = 5;
  microvm.cloud-hypervisor.extraArgs = [ "--vsock" "cid=6,socket=x.vsock" ];
}
