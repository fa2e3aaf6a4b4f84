# oracle-description: firecracker with a user interface throws while writing the config file.
{ ... }:
{
  networking.hostName = "fcuser";
  microvm.hypervisor = "firecracker";
  microvm.interfaces = [ { type = "user"; id = "u"; mac = "02:00:00:00:fa:02"; } ];
}
