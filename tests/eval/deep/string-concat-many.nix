builtins.stringLength (builtins.foldl' (acc: i: acc + "x") "" (builtins.genList (i: i) 10000))
