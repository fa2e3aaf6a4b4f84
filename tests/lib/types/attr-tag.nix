let lib = import <nixpkgs/lib>; in
let
  tag = lib.types.attrTag {
    int = lib.mkOption { type = lib.types.int; };
    str = lib.mkOption { type = lib.types.str; };
  };
  r = lib.evalModules {
    modules = [
      { options.a = lib.mkOption { type = tag; }; options.b = lib.mkOption { type = lib.types.listOf tag; }; }
      { a.int = 3; b = [ { str = "x"; } { int = 1; } ]; }
    ];
  };
in
{ inherit (r.config) a b; checks = map tag.check [ { int = 1; } { } { int = 1; str = ""; } { other = 1; } ]; }
