let p = builtins.findFile builtins.nixPath "foo.nix"; in [ (builtins.typeOf p) (baseNameOf (dirOf p)) (builtins.length builtins.nixPath) ]
