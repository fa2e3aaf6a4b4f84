let nested = builtins.foldl' (acc: i: [ acc ]) [ ] (builtins.genList (i: i) 20000); in builtins.stringLength (builtins.toJSON nested)
