let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      (lib.mkRemovedOptionModule [ "microvm" "old" ] "It is handled automatically now.")
      { options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; }; }
    ];
  };
in
r.config.microvm.old
