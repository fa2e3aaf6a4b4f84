let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      (lib.mkRemovedOptionModule [ "gone" ] "Use `other' instead.")
      {
        options.assertions = lib.mkOption { type = lib.types.listOf lib.types.unspecified; default = [ ]; };
      }
      { gone = 1; }
    ];
  };
in
map (a: a.assertion) r.config.assertions
