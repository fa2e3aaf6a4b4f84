let f = x: x + undefinedThing; in f 1
