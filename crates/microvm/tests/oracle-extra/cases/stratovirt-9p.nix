# oracle-description: stratovirt with a 9p share: attribute missing evaluation error.
{ ... }:
{
  networking.hostName = "strato9p";
  microvm.hypervisor = "stratovirt";
  microvm.shares = [ { tag = "p"; source = "/srv/p"; mountPoint = "/p"; proto = "9p"; } ];
}
