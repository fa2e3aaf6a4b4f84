let nest = builtins.foldl' (acc: i: { a = acc; }) { leaf = 1; } (builtins.genList (i: i) 5000); in builtins.stringLength (builtins.toJSON nest)
