builtins.toJSON [ "quote\"" "back\\slash" "nl\n" "tab\t" "cr\r" "ctrl${builtins.fromJSON "\"\\u0001\""}" "slash/" "dollar$" "unicode é 日" ]
