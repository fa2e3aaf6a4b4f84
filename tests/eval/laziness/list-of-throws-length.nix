builtins.length [ (throw "a") (throw "b") (abort "c") ]
