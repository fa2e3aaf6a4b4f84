[ (builtins.match "abc" "abc") (builtins.match "b" "abc") (builtins.match "a.*" "abc") (builtins.match ".*c" "abc") (builtins.match "" "") (builtins.match "" "x") ]
