let f = x: x + 1; l = [ f 1 (f 1) ]; in [ (builtins.length l) (builtins.isFunction (builtins.head l)) (builtins.elemAt l 2) ]
