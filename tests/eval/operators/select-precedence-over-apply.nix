let s = { f = x: x + 1; v = 10; }; g = x: x; in [ (s.f s.v) (g s).v ]
