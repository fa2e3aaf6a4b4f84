[ (builtins.partition (x: x > 2) [ 1 3 2 4 5 ]) (builtins.partition (x: true) [ ]) ]
