[ (builtins ? warn) (builtins ? trace) (builtins ? tryEval) (builtins ? abort) ]
