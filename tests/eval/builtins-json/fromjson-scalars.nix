[ (builtins.fromJSON "42") (builtins.fromJSON "\"s\"") (builtins.fromJSON "null") (builtins.fromJSON "true") (builtins.fromJSON " [ ] ") (builtins.fromJSON "{}") ]
