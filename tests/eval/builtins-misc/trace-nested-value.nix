let x = builtins.trace "computing x" (10 * 2); in builtins.trace "before use" (x + builtins.trace x 1)
