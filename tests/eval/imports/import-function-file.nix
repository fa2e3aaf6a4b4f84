let f = import ../data/fun.nix; in [ (f { x = 2; }) (f { x = 2; y = 3; }) (builtins.functionArgs f) ]
