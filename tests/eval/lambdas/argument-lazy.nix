let f = x: y: y; in f (throw "x never forced") 7
