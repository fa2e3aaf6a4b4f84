[ (builtins.seq 1 2) (builtins.deepSeq [ 1 [ 2 ] ] "deep ok") (builtins.seq [ (throw "elem") ] "seq list whnf") ]
