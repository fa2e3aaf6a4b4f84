builtins.foldl' (acc: x: acc ++ [ x ]) [ ] (builtins.genList (i: i * 2) 10)
