[ (builtins.foldl' (a: b: a - b) 100 [ 1 2 3 ]) (builtins.foldl' (a: b: "${a}${b}") "" [ "x" "y" ]) (builtins.foldl' (a: b: a) "init" [ ]) ]
