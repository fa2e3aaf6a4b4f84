let lib = import <nixpkgs/lib>; in
lib.options.showOptionWithDefLocs { loc = [ "a" "b" ]; files = [ "x.nix" "y.nix" ]; }
