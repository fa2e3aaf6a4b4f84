let nested = builtins.foldl' (acc: i: [ i acc ]) [ ] (builtins.genList (i: i) 20000); in builtins.deepSeq nested (builtins.head nested)
