let lib = import <nixpkgs/lib>; in
let
  g = lib.generators;
in {
  default = g.toKeyValue { } { a = 1; b = "two"; c = true; d = null; e = 1.5; };
  dupKeys = g.toKeyValue { listsAsDuplicateKeys = true; } { key = [ "x" "y" ]; single = 1; };
  indent = g.toKeyValue { indent = "  "; } { a = 1; };
  colon = g.toKeyValue { mkKeyValue = g.mkKeyValueDefault { } ":"; } { "k:x" = "v"; };
  custom = g.toKeyValue { mkKeyValue = g.mkKeyValueDefault { mkValueString = v: "<${toString v}>"; } " = "; } { n = 3; };
  values = map (g.mkValueStringDefault { }) [ 1 "s" true false null { type = "derivation"; outPath = "/x"; } ];
}
