[ (builtins.div 7 2) (builtins.div (-7) 2) (builtins.div 7 (-2)) (builtins.div (-7) (-2)) (builtins.div 1 3) (builtins.div (-1) 3) ]
