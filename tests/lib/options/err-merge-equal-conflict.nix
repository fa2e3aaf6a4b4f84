let lib = import <nixpkgs/lib>; in
lib.mergeEqualOption [ "opt" ] [ { file = "a.nix"; value = 1; } { file = "b.nix"; value = 2; } ]
