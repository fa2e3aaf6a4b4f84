let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      (lib.mkRenamedOptionModule [ "old" "mem" ] [ "vm" "memory" ])
      { options.vm.memory = lib.mkOption { type = lib.types.int; default = 256; }; }
      { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
      { old.mem = 1024; }
    ];
  };
in
{
  inherit (r.config) vm;
  warningCount = builtins.length r.config.warnings;
  aliasType = r.options.old.mem.type.description;
}
