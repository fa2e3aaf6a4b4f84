let byLen = a: b: builtins.stringLength a < builtins.stringLength b; in builtins.sort byLen [ "ccc" "a" "bb" "dd" "e" "" ]
