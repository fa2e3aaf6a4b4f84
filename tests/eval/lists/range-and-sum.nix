let lib = import ../data/lib.nix; r = lib.range 3 9; in { inherit r; sum = builtins.foldl' builtins.add 0 r; empty = lib.range 5 1; }
