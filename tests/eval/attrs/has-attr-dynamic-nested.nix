let s = { a = { b = { c = 1; }; }; }; p = "b"; in [ (s ? a.${p}.c) (s ? a.${p}.d) (s ? "a".b) ]
