let a = 6; b = 3; in [ (6 / 3) (a / b) (builtins.isPath ./a/b) ]
