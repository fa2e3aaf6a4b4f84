builtins.sort builtins.lessThan [ "banana" "Apple" "cherry" "apple" "" "b" ]
