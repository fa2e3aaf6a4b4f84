builtins.deepSeq { a = [ { b = throw "deep in structure"; } ]; } null
