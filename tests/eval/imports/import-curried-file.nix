[ (import ../data/curried.nix 10 4) ((import ../data/curried.nix) 1 2) ]
