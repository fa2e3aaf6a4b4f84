builtins.deepSeq [ 1 { a = [ (throw "found deep") ]; } ] "unreachable"
