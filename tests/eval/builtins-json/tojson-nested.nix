builtins.toJSON { b = [ 1 2 { c = null; } ]; a = { x = true; y = false; }; s = "str"; e = [ ]; o = { }; }
