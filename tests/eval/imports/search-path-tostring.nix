let p = <nixpkgs-x/sub.nix>; in [ (builtins.typeOf p) (baseNameOf p) (baseNameOf (dirOf p)) ]
