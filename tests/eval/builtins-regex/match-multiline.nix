[ (builtins.match "a.b" "a\nb") (builtins.match "([^\n]*)\n(.*)" "first\nsecond\nthird") ]
