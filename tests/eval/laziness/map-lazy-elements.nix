let l = map (x: if x == 2 then throw "two" else x * 10) [ 1 2 3 ]; in [ (builtins.length l) (builtins.head l) (builtins.elemAt l 2) ]
