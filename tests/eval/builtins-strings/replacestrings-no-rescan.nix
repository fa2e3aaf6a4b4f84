[ (builtins.replaceStrings [ "a" ] [ "aa" ] "aba") (builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "ab") ]
