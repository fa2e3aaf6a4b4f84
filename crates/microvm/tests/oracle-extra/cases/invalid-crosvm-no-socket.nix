# oracle-description: crosvm with socket = null: its preStart interpolates null.
{ ... }:
{
  networking.hostName = "crosnull";
  microvm.hypervisor = "crosvm";
  microvm.socket = null;
}
