[ (builtins.typeOf ./.) (builtins.typeOf ./foo) (builtins.isPath ./foo) (builtins.isPath "./foo") (builtins.typeOf (toString ./foo)) ]
