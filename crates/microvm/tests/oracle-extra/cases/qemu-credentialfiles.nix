# oracle-description: systemd credentials via -fw_cfg (sorted by name).
{ ... }:
{
  networking.hostName = "creds";
  microvm.credentialFiles = { "zz-last" = "/run/secrets/z"; "api-key" = "/run/secrets/api"; };
}
