[ (builtins.elem 2 [ 1 2 3 ]) (builtins.elem 5 [ 1 2 ]) (builtins.elem [ 1 ] [ [ 1 ] ]) (builtins.elem 1.0 [ 1 ]) (builtins.elem null [ ]) (builtins.elem { a = 1; } [ { a = 1; } ]) ]
