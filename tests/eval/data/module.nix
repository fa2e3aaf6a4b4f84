{ config, lib, pkgs ? { }, ... }:
let cfg = config.services.web or { };
in {
  options.services.web.enable = lib.id false;
  config = lib.optionalAttrs (cfg.enable or false) {
    networking.ports = [ (cfg.port or 80) ];
    environment.etc = lib.mapAttrs' (n: v: lib.nameValuePair "web/${n}" { text = v; }) (cfg.files or { });
  };
}
