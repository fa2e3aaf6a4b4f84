let take = n: l: builtins.genList (builtins.elemAt l) (if n < builtins.length l then n else builtins.length l);
    drop = n: l: builtins.genList (i: builtins.elemAt l (i + n)) (if n < builtins.length l then builtins.length l - n else 0);
in [ (take 2 [ 1 2 3 ]) (drop 2 [ 1 2 3 ]) (take 5 [ 1 ]) (drop 5 [ 1 ]) ]
