let l = builtins.genList (i: i * 2) 1000000; in [ (builtins.length l) (builtins.elemAt l 999999) (builtins.length (builtins.filter (x: builtins.bitAnd x 3 == 0) l)) ]
