let l = [ 1 (throw "lazy") 3 ]; in [ (builtins.length l) (builtins.elemAt l 2) ]
