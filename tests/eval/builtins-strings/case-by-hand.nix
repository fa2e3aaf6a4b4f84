let upper = builtins.replaceStrings [ "a" "b" "c" "x" ] [ "A" "B" "C" "X" ]; in upper "abc xyz"
