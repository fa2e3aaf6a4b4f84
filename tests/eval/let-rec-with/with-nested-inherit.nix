let pkgs = { a = 1; b = 2; }; in with pkgs; { inherit a; c = b; }
