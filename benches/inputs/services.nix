# Service-definition-like code: 300 services built from overlays with
# recursiveUpdate, optional attributes, escaping and unit-file rendering.
let
  lib = import ./lib.nix;

  base = i: {
    name = "svc-${lib.padLeft 4 (toString i)}";
    enable = lib.mod i 7 != 0;
    after = lib.optional (i > 0) "svc-${lib.padLeft 4 (toString (i - 1))}";
    serviceConfig = {
      Type = if lib.mod i 3 == 0 then "oneshot" else "simple";
      Restart = "on-failure";
      User = "user${toString (lib.mod i 10)}";
    };
    environment = { INDEX = toString i; MODE = "default"; };
    args = [ "--id" (toString i) "--name" "it's ${toString i}" ];
  };

  overlays = [
    (final: prev: lib.optionalAttrs (lib.mod prev.index 2 == 0) {
      environment = prev.environment // { EVEN = "1"; };
    })
    (final: prev: {
      serviceConfig = lib.recursiveUpdate prev.serviceConfig {
        ExecStart = "/bin/${final.name} ${lib.concatMapStringsSep " " lib.escapeShellArg final.args}";
      };
    })
    (final: prev: {
      description = "Service ${lib.toUpper final.name}";
      environment = prev.environment // { MODE = if final.enable then "on" else "off"; };
    })
  ];

  mkService = i:
    lib.fix (builtins.foldl'
      (f: overlay: final: let prev = f final; in prev // overlay final prev)
      (final: base i // { index = i; })
      overlays);

  services = builtins.genList mkService 300;

  unit = s: ''
    [Unit]
    Description=${s.description}
    ${lib.optionalString (s.after != [ ]) "After=${builtins.concatStringsSep " " s.after}"}

    [Service]
    ${lib.concatMapStrings (k: "${k}=${s.serviceConfig.${k}}\n") (builtins.attrNames s.serviceConfig)}
    ${lib.concatMapStrings (k: "Environment=${k}=${s.environment.${k}}\n") (builtins.attrNames s.environment)}
  '';
in
{
  units = builtins.listToAttrs (map (s: lib.nameValuePair "${s.name}.service" (unit s))
    (builtins.filter (s: s.enable) services));
  count = builtins.length services;
  users = lib.unique (map (s: s.serviceConfig.User) services);
}
