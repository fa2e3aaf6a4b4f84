[ (builtins.isInt 1) (builtins.isFloat 1.0) (builtins.isInt (1 * 1.0)) (builtins.isFloat (builtins.div 4 2)) (builtins.isInt (builtins.ceil 1.5)) ]
