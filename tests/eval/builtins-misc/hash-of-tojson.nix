builtins.hashString "sha256" (builtins.toJSON { b = 2; a = [ 1 "x" ]; })
