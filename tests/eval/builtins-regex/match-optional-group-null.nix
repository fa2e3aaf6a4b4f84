[ (builtins.match "(a)|(b)" "b") (builtins.match "x(y)?" "x") (builtins.match "(foo)?bar" "bar") ]
