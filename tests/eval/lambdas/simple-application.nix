let inc = x: x + 1; in [ (inc 1) ((x: x * 2) 21) ((x: y: x - y) 10 3) ]
