[ (baseNameOf ./foo.nix) (baseNameOf ./a/b/c.txt) (baseNameOf ./.) (baseNameOf ../data) ]
