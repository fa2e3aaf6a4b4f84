[ (builtins.match "(a|b)*" "abab") (builtins.match "([0-9])+" "123") (builtins.match "(x{2,3})" "xxx") ]
