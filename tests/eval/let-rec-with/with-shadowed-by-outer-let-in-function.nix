let f = a: with { a = "with"; }; a; in f "param"
