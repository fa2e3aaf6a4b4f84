[ (builtins.sort builtins.lessThan [ 5 3 9 1 3 0 (-2) ]) (builtins.sort (a: b: a > b) [ 1 5 2 ]) (builtins.sort builtins.lessThan [ ]) ]
