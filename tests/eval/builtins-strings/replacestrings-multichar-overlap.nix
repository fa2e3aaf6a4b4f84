[ (builtins.replaceStrings [ "aba" ] [ "X" ] "ababa") (builtins.replaceStrings [ "\n" ] [ "\\n" ] "l1\nl2") ]
