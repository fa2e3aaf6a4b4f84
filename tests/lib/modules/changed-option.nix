let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      (lib.mkChangedOptionModule [ "oldSize" ] [ "size" ] (config: "${toString config.oldSize}M"))
      { options.size = lib.mkOption { type = lib.types.str; default = "none"; }; }
      { options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
      { oldSize = 64; }
    ];
  };
in
{ inherit (r.config) size; warnings = builtins.length r.config.warnings; }
