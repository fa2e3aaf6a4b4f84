[ (builtins.split "x*" "abc") (builtins.split "" "ab") ]
