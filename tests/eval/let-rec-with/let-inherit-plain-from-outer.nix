let x = 10; in let inherit x; y = x + 1; in y
