# `bin/virtiofsd-run` (upstream virtiofsd/default.nix): a supervisord that
# runs one virtiofsd per virtiofs share and notifies systemd when all of
# them are up. vfkit serves virtiofs itself and needs none.
#
# 5bbc126 (2025-03): the listener did not count itself, supervisord ran
# as the invoking user, every daemon was restarted automatically, the
# socket group was always kvm, no per-share cache/readonly, and
# `virtiofsd-reload`/`virtiofsd-shutdown` scripts existed.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  opts = cfg.virtiofsd;
  inherit (import ./lib.nix { inherit lib; }) since;
  after2025_03 = since "c5a04bc";
  package = opts.package or pkgs.virtiofsd;
  group = if after2025_03 then opts.group else "kvm";

  shares = builtins.filter (share: share.proto == "virtiofs") cfg.shares;
  wanted = shares != [ ] && cfg.hypervisor != "vfkit";

  supervisor = pkgs.python3Packages.supervisor;

  # the listener counts itself as well
  programCount = (if after2025_03 then 1 else 0) + builtins.length shares;

  eventHandler = pkgs.writers.writePython3 "supervisord-event-handler" { } (
    pkgs.replaceVars ./supervisord-event-handler.py { virtiofsdCount = programCount; }
  );

  # One argument per line, continued with backslashes; empty slots stay
  # as blank continuation lines, as upstream renders them.
  daemonScript = share:
    let
      args = [
        "--socket-path=${lib.escapeShellArg share.socket}"
        (lib.optionalString (group != null) "--socket-group=${group}")
        "--shared-dir=${lib.escapeShellArg share.source}"
        "$OPT_RLIMIT"
        "--thread-pool-size ${toString opts.threadPoolSize}"
        (lib.optionalString (share.posixAcl or true) "--posix-acl --xattr")
      ]
      ++ lib.optional after2025_03 "--cache=${share.cache}"
      ++ [ (lib.optionalString (opts.inodeFileHandles != null) "--inode-file-handles=${opts.inodeFileHandles}") ]
      ++ lib.optionals after2025_03 [
        (lib.optionalString (cfg.hypervisor == "crosvm") "--tag=${share.tag}")
        (lib.optionalString share.readOnly "--readonly")
      ]
      ++ [ (lib.concatStringsSep " " opts.extraArgs) ] ++ lib.optional (share ? extraArgs) (lib.concatStringsSep " " share.extraArgs);
    in
    pkgs.writeShellScript "virtiofsd-${share.tag}" (
      ''
        if [ $(id -u) = 0 ]; then
          OPT_RLIMIT="--rlimit-nofile 1048576"
        else
          OPT_RLIMIT=""
        fi
      ''
      + "exec ${lib.getExe package}"
      + lib.concatMapStrings (arg: " \\\n  " + arg) args
      + "\n"
    );

  supervisordConfig = {
    supervisord = {
      nodaemon = true;
    } // lib.optionalAttrs after2025_03 {
      user = "root";
    };
    "eventlistener:notify" = {
      command = eventHandler;
      events = "PROCESS_STATE";
    } // lib.optionalAttrs (since "71beea0") {
      # room for every RUNNING event before the listener is up
      buffer_size = programCount * 16;
    };
  }
  // lib.listToAttrs (map (share: lib.nameValuePair "program:virtiofsd-${share.tag}" ({
    command = daemonScript share;
    stderr_syslog = true;
    stdout_syslog = true;
  } // lib.optionalAttrs (!after2025_03) {
    autorestart = true;
  })) shares);

  configFile = pkgs.writeText "${config.networking.hostName}-virtiofsd-supervisord.conf" (
    lib.generators.toINI { } supervisordConfig
  );
in
{
  microvm.binScripts = lib.mkIf wanted ({
    virtiofsd-run =
      if after2025_03 then ''
        exec ${lib.getExe' supervisor "supervisord"} --configuration ${configFile} "$@"
      '' else ''
        exec ${lib.getExe' supervisor "supervisord"} --configuration ${configFile}
      '';
  } // lib.optionalAttrs (!after2025_03) {
    virtiofsd-reload = ''
      exec ${lib.getExe' supervisor "supervisorctl"} reload
    '';
    virtiofsd-shutdown = ''
      exec ${lib.getExe' supervisor "supervisorctl"} stop
    '';
  });
}
