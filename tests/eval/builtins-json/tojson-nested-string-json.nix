builtins.toJSON { inner = builtins.toJSON { a = [ 1 ]; }; }
