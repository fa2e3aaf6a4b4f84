[ (map (x: x * x) [ 1 2 3 ]) (builtins.filter (x: x > 1) [ 3 1 2 0 ]) (map toString [ ]) (builtins.filter (x: true) [ ]) ]
