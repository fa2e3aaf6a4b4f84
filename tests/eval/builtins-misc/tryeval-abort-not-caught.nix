builtins.tryEval (abort "abort is not catchable")
