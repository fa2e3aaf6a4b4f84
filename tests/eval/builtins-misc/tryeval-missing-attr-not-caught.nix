builtins.tryEval ({ a = 1; }.b)
