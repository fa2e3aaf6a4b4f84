let s = { a = 1; b = { c = { d = null; }; }; "x y" = 2; }; k = "a"; in
[ (s ? a) (s ? z) (s ? b.c) (s ? b.c.d) (s ? b.z.d) (s ? "x y") (s ? ${k}) (s ? a.b) (1 ? a) ]
