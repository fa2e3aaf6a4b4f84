let add5 = builtins.add 5; sub = builtins.sub; in [ (add5 1) (sub 10 3) (builtins.typeOf add5) (map (builtins.mul 2) [ 1 2 3 ]) ]
