let a = import ../data/counter.nix; b = import ../data/counter.nix; in [ (a == b) (a.list == b.list) (a.fn 3 == b.fn 3) (builtins.removeAttrs a [ "fn" ] == builtins.removeAttrs b [ "fn" ]) ]
