[ (toString 1) (isNull null) (baseNameOf "a/b") (dirOf "a/b") (map (x: x) [ 1 ]) (removeAttrs { a = 1; } [ "a" ]) (builtins.isFunction import) (builtins.isFunction derivation) ]
