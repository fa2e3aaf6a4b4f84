let lib = import <nixpkgs/lib>; in
lib.getExe' { type = "derivation"; outPath = "/x"; } "bin/nested"
