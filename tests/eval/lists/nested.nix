let m = [ [ 1 2 ] [ 3 4 ] ]; in [ (builtins.elemAt (builtins.elemAt m 1) 0) (builtins.length m) (builtins.concatLists m) ]
