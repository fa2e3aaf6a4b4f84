# `bin/virtiofsd-run` (upstream virtiofsd/default.nix): a supervisord that
# runs one virtiofsd per virtiofs share and notifies systemd when all of
# them are up. vfkit serves virtiofs itself and needs none.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  opts = cfg.virtiofsd;

  shares = builtins.filter (share: share.proto == "virtiofs") cfg.shares;
  wanted = shares != [ ] && cfg.hypervisor != "vfkit";

  supervisor = pkgs.python3Packages.supervisor;

  # the listener counts itself as well
  programCount = 1 + builtins.length shares;

  eventHandler = pkgs.writers.writePython3 "supervisord-event-handler" { } (
    pkgs.replaceVars ./supervisord-event-handler.py { virtiofsdCount = programCount; }
  );

  # One argument per line, continued with backslashes; empty slots stay
  # as blank continuation lines, as upstream renders them.
  daemonScript = share:
    let
      args = [
        "--socket-path=${lib.escapeShellArg share.socket}"
        (lib.optionalString (opts.group != null) "--socket-group=${opts.group}")
        "--shared-dir=${lib.escapeShellArg share.source}"
        "$OPT_RLIMIT"
        "--thread-pool-size ${toString opts.threadPoolSize}"
        (lib.optionalString (share.posixAcl or true) "--posix-acl --xattr")
        "--cache=${share.cache}"
        (lib.optionalString (opts.inodeFileHandles != null) "--inode-file-handles=${opts.inodeFileHandles}")
        (lib.optionalString (cfg.hypervisor == "crosvm") "--tag=${share.tag}")
        (lib.optionalString share.readOnly "--readonly")
        (lib.concatStringsSep " " opts.extraArgs)
      ] ++ lib.optional (share ? extraArgs) (lib.concatStringsSep " " share.extraArgs);
    in
    pkgs.writeShellScript "virtiofsd-${share.tag}" (
      ''
        if [ $(id -u) = 0 ]; then
          OPT_RLIMIT="--rlimit-nofile 1048576"
        else
          OPT_RLIMIT=""
        fi
      ''
      + "exec ${lib.getExe opts.package}"
      + lib.concatMapStrings (arg: " \\\n  " + arg) args
      + "\n"
    );

  supervisordConfig = {
    supervisord = {
      nodaemon = true;
      user = "root";
    };
    "eventlistener:notify" = {
      # room for every RUNNING event before the listener is up
      buffer_size = programCount * 16;
      command = eventHandler;
      events = "PROCESS_STATE";
    };
  }
  // lib.listToAttrs (map (share: lib.nameValuePair "program:virtiofsd-${share.tag}" {
    command = daemonScript share;
    stderr_syslog = true;
    stdout_syslog = true;
  }) shares);

  configFile = pkgs.writeText "${config.networking.hostName}-virtiofsd-supervisord.conf" (
    lib.generators.toINI { } supervisordConfig
  );
in
{
  microvm.binScripts = lib.mkIf wanted {
    virtiofsd-run = ''
      exec ${lib.getExe' supervisor "supervisord"} --configuration ${configFile} "$@"
    '';
  };
}
