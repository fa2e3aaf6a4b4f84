let big = builtins.genList (i: { v = i; l = [ i ]; }) 100; in builtins.deepSeq big (builtins.length big)
