let lib = import <nixpkgs/lib>; in
lib.mergeOneOption [ "opt" "x" ] [ { file = "a.nix"; value = 1; } { file = "b.nix"; value = 1; } ]
