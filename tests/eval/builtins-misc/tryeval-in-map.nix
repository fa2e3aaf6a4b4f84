map (x: (builtins.tryEval (if x == 0 then throw "zero" else 10 / x)).value) [ 1 0 5 ]
