[ (builtins.tryEval (assert false; 1)) (builtins.tryEval (assert 1 == 1; "passed")) ]
