[ (builtins.trace "trace message to stderr" 1) (builtins.trace { a = 1; } "second") ]
