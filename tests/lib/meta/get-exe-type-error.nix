let lib = import <nixpkgs/lib>; in
lib.getExe' "not-a-derivation" "x"
