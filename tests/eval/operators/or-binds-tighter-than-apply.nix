let s = { }; f = x: x; in [ (f s.a or "d") (f s.a or "d" == "d") ]
