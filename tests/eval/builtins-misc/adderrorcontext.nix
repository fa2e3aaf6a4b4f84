[ (builtins.addErrorContext "context message" 42) (builtins.tryEval (builtins.addErrorContext "ctx" (throw "inner"))).success ]
