[ (builtins.bitAnd 5 3) (builtins.bitOr 5 3) (builtins.bitXor 5 3) (builtins.bitAnd (-8) 7) (builtins.bitOr (-8) 7) (builtins.bitXor 255 (-1)) ]
