builtins.filter builtins.isString (builtins.split "[[:space:]]+" "  split   these words ")
