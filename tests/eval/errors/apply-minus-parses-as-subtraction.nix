let f = x: x * 10; a = 3; in [ (f a - 1) (f (a - 1)) (f -1) ]
