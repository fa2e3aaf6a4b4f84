let a = abort "not evaluated"; b = a; c = 5; in c
