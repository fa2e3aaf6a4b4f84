let lib = import <nixpkgs/lib>; in
lib.mergeDefaultOption [ "opt" ] [ { file = "a.nix"; value = 1; } { file = "b.nix"; value = "s"; } ]
