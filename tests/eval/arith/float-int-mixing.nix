[ (1 + 0.5) (2 * 1.5) (3 - 1.0) (builtins.typeOf (1 + 1.0)) (builtins.typeOf (2 * 2)) (5 / 2.0) (builtins.div 5 2.0) ]
