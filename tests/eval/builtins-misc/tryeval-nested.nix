builtins.tryEval (builtins.tryEval (throw "inner")).success
