[ (builtins.functionArgs ({ a, b ? 2, c ? null }: a)) (builtins.functionArgs ({ ... }: 1)) (builtins.functionArgs (args@{ x }: x)) (builtins.functionArgs builtins.add) ]
