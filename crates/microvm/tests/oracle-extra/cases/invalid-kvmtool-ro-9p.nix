# oracle-description: kvmtool with a read-only 9p share throws.
{ ... }:
{
  networking.hostName = "ktro";
  microvm.hypervisor = "kvmtool";
  microvm.shares = [ { tag = "ro"; source = "/srv/ro"; mountPoint = "/ro"; proto = "9p"; readOnly = true; } ];
}
