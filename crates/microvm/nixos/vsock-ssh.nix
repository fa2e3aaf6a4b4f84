# sshd reachable over AF_VSOCK (upstream vsock-ssh.nix); systemd's
# ssh-generator creates the vsock socket unit by itself.
{ config, lib, ... }:
let
  cfg = config.microvm.vsock;
in
{
  options.microvm.vsock.ssh.enable = lib.mkEnableOption ''
    an SSH server on the guest's vsock (needs `microvm.vsock.cid`); connect
    from the host with `ssh vsock/<CID>` (cloud-hypervisor:
    `ssh vsock-mux/<notify socket>`)
  '';

  config = lib.mkIf cfg.ssh.enable {
    assertions = [
      {
        assertion = cfg.cid != null;
        message = "microvm.vsock.ssh.enable requires microvm.vsock.cid to be set";
      }
    ];
    services.openssh.enable = true;
  };
}
