let lib = import ../data/lib.nix; in [ (lib.foldr (a: b: "(${a} ${b})") "nil" [ "x" "y" "z" ]) (lib.foldr (a: b: [ a ] ++ b) [ ] [ 1 2 3 ]) ]
