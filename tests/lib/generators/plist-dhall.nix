let lib = import <nixpkgs/lib>; in
let
  g = lib.generators;
in {
  plist = g.toPlist { escape = true; } { a = [ 1 true false ]; b = "<&>"; c = null; _module = 1; d = { e = 2.5; }; f = [ ]; };
  plistNoEscape = g.toPlist { } { x = "<raw>"; };
  dhall = g.toDhall { } { a = 1; b = -2; c = [ true false ]; d = "str\"q"; e = { }; f = [ ]; g = 1.5; };
  json = g.toJSON { } { a = [ 1 "x" null ]; };
  yaml = g.toYAML { } { b = true; };
}
