let lib = import ../data/lib.nix; in lib.filterAttrs (n: v: v > 1 && n != "d") { a = 1; b = 2; c = 3; d = 4; }
