[ (builtins.typeOf (builtins.match "a" "a")) (builtins.match "a" "a") (builtins.typeOf (builtins.match "a" "b")) ]
