[ (builtins.tryEval (builtins.deepSeq { a = { b = throw "deep"; }; } 1)).success (builtins.tryEval (builtins.seq { a = { b = throw "deep"; }; } 1)).success ]
