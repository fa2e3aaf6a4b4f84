[ (builtins.ceil 1.2) (builtins.floor 1.8) (builtins.ceil (-1.2)) (builtins.floor (-1.2)) (builtins.ceil 2) (builtins.floor 3) (builtins.typeOf (builtins.floor 1.5)) ]
