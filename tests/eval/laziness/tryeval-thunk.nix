let t = throw "boom"; in [ (builtins.tryEval t) (builtins.tryEval 5) ]
