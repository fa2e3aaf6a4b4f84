[ (builtins.add 1 2) (builtins.sub 10 4) (builtins.mul 6 7) (builtins.div 20 6) (builtins.add 1.5 1) (builtins.mul 2 0.5) ]
