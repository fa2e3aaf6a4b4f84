builtins.foldl' (a: b: a + b) 0.0 (builtins.genList (i: 0.1) 10)
