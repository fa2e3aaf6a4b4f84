[ (builtins.match "([a-z]+)-([0-9]+)" "foo-123") (builtins.match "(a)(b)?(c)" "ac") (builtins.match "((x)y)z" "xyz") ]
