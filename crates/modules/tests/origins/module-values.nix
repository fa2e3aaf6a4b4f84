# A MAC and a CID computed in a host table, put into options through a
# submodule, `inherit (…)` and a plain selection, merged by the module
# system: each one's origin is the expression that computed it.
let
  lib = import <nixpkgs/lib>;
  hosts = lib.listToAttrs (lib.imap1 (idx: name: {
    inherit name;
    value = {
      mac = "02:AD:00:00:00:0${toString idx}";
      cid = idx + 2;
    };
  }) [ "net-vm" "gui-vm" ]);
  host = lib.types.submodule {
    options.mac = lib.mkOption { type = lib.types.str; };
    options.cid = lib.mkOption { type = lib.types.int; };
  };
  eval = lib.evalModules {
    modules = [
      { options.hosts = lib.mkOption { type = lib.types.attrsOf host; }; }
      { config.hosts = hosts; }
      ({ config, ... }: {
        options.interfaces = lib.mkOption { type = lib.types.listOf lib.types.attrs; };
        config.interfaces = [ { id = "tap-net-vm"; inherit (config.hosts.net-vm) mac; } ];
      })
      ({ config, ... }: {
        options.cid = lib.mkOption { type = lib.types.int; };
        config.cid = lib.mkDefault config.hosts.gui-vm.cid;
      })
    ];
  };
in
{
  mac = __vmcmdOrigin "mac" (builtins.elemAt eval.config.interfaces 0);
  cid = __vmcmdOrigin "cid" eval.config;
  # a literal placed directly: computed where it is written
  id = __vmcmdOrigin "id" (builtins.elemAt eval.config.interfaces 0);
}
