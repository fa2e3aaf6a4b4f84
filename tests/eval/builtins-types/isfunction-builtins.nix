[ (builtins.isFunction builtins.map) (builtins.isFunction (builtins.map (x: x))) (builtins.isFunction { __functor = self: x: x; }) (builtins.isFunction builtins.null) ]
