# Deployment helpers (upstream ssh-deploy.nix): copy the VM's derivations
# to a host running microvm.nix's host module, build and install the
# runner there, and optionally switch a running VM over SSH. They do not
# influence the hypervisor command.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  hostName = config.networking.hostName or "$HOSTNAME";
  inherit (config.system.build) toplevel;

  closureInfo = pkgs.closureInfo { rootPaths = [ toplevel ]; };

  # store paths only: nothing here is built locally
  paths = builtins.mapAttrs (_: builtins.unsafeDiscardStringContext) {
    closureInfoOut = closureInfo.outPath;
    closureInfoDrv = closureInfo.drvPath;
    toplevelOut = toplevel.outPath;
    toplevelDrv = toplevel.drvPath;
    nixOut = config.nix.package.outPath;
    nixDrv = config.nix.package.drvPath;
    runnerDrv = cfg.declaredRunner.drvPath;
  };

  # switching in place needs sshd in the VM and the host's store mounted
  canSwitchViaSsh =
    config.system.switch.enable
    && config.services.openssh.enable
    && builtins.any (share: share.source == "/nix/store") cfg.shares;

  # `$1` = ssh destination, optional `--use-remote-sudo` after it
  parseTarget = usage: ''
    set -eou pipefail
    USAGE="Usage: $0 ${usage} [--use-remote-sudo]"
    DEST="''${1:-}"
    if [[ -z "$DEST" ]]; then
      echo "$USAGE"
      exit 1
    fi
    shift
    REMOTE_SHELL="bash"
    if [[ $# -gt 0 ]]; then
      if [[ "$1" == "--use-remote-sudo" ]]; then
        REMOTE_SHELL="sudo bash"
        shift
      else
        echo "$USAGE"
        exit 1
      fi
    fi
  '';

  stateDir = "/var/lib/microvms/${hostName}";
  gcroots = "/nix/var/nix/gcroots/microvm";
in
{
  options.microvm.deploy = {
    installOnHost = lib.mkOption {
      type = lib.types.package;
      description = ''
        Script `microvm-install-on-host root@HOST`: copies this VM's
        derivations to HOST, builds the runner there and installs it as
        `/var/lib/microvms/<hostName>/current`.
      '';
    };
    sshSwitch = lib.mkOption {
      type = lib.types.nullOr lib.types.package;
      default = null;
      description = ''
        Script `microvm-switch root@VM`: activates the new system in the
        running VM over SSH (needs the host store shared and the runner
        installed with `installOnHost`).
      '';
    };
    rebuild = lib.mkOption {
      type = lib.types.nullOr lib.types.package;
      default = null;
      description = ''
        Script `microvm-rebuild root@HOST root@VM`: `installOnHost`
        followed by `sshSwitch` or a restart of the VM's service.
      '';
    };
  };

  config.microvm.deploy = {
    installOnHost = pkgs.writeShellScriptBin "microvm-install-on-host" (
      parseTarget "root@<host>"
      + ''
        echo "Copying derivations to $DEST"
        nix copy --no-check-sigs --to "ssh-ng://$DEST" --derivation \
          "${paths.closureInfoDrv}^out" "${paths.runnerDrv}^out"

        ssh "$DEST" -- $REMOTE_SHELL -e <<__REMOTE__
        set -eou pipefail
        mkdir -p ${gcroots} ${stateDir}
        cd ${stateDir}
        chown microvm:kvm .
        chmod 0755 .
        ln -sfT \$PWD/current ${gcroots}/${hostName}
        ln -sfT \$PWD/booted ${gcroots}/booted-${hostName}
        ln -sfT \$PWD/old ${gcroots}/old-${hostName}

        nix build -L --accept-flake-config --no-link \
          '${paths.nixDrv}^out' '${paths.closureInfoDrv}^out' '${paths.toplevelDrv}^out'
        nix build -L --accept-flake-config -o new "${paths.runnerDrv}^out"

        if [[ \$(realpath ./current) == \$(realpath ./new) ]]; then
          echo "MicroVM ${hostName} is up to date"
          rm -f new
          exit 0
        fi
        rm -f old
        if [ -e current ]; then
          mv current old
        fi
        mv new current
        if [ -e old ]; then
          nix --extra-experimental-features nix-command store diff-closures ./old ./current || true
        fi
        echo "Installed MicroVM ${hostName}"
        __REMOTE__
      ''
    );

    sshSwitch = lib.mkIf canSwitchViaSsh (
      pkgs.writeShellScriptBin "microvm-switch" (
        parseTarget "root@<vm>"
        + ''
          ssh "$DEST" $REMOTE_SHELL -e <<__REMOTE__
          set -eou pipefail
          if [[ "\$(cat /etc/hostname)" != "${hostName}" ]]; then
            echo "Refusing to deploy ${hostName} onto \$(cat /etc/hostname)"
            exit 1
          fi
          ${paths.nixOut}/bin/nix-store --load-db < ${paths.closureInfoOut}/registration
          ${paths.nixOut}/bin/nix-env -p /nix/var/nix/profiles/system --set ${paths.toplevelOut}
          ${paths.toplevelOut}/bin/switch-to-configuration "''${@:-switch}"
          __REMOTE__
        ''
      )
    );

    rebuild = pkgs.writeShellScriptBin "microvm-rebuild" ''
      set -eou pipefail
      if [[ $# -lt 2 ]]; then
        echo "Usage: $0 root@<host> root@<vm> [--use-remote-sudo] switch"
        exit 1
      fi
      HOST="$1"
      VM="$2"
      shift 2
      OPTS=""
      if [[ $# -gt 0 && "$1" == "--use-remote-sudo" ]]; then
        OPTS="$1"
        shift
      fi
      ${lib.getExe cfg.deploy.installOnHost} "$HOST" $OPTS
      ${
        if canSwitchViaSsh then
          ''${lib.getExe cfg.deploy.sshSwitch} "$VM" $OPTS''
        else
          ''ssh "$HOST" -- systemctl restart "microvm@${hostName}.service"''
      }
    '';
  };
}
