{ list = builtins.genList (i: i * i) 5; fn = x: x; }
