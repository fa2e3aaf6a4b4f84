[ (builtins.tryEval (throw "x")) (builtins.tryEval "ok") (builtins.tryEval null) ]
