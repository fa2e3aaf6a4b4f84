let lib = import ../data/lib.nix; in [ (lib.compose (x: x + 1) (x: x * 2) 5) (lib.const 1 2) (lib.optional true "x") (lib.optional false "y") (lib.mkIf true { a = 1; }) ]
