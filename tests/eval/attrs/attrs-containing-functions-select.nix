let s = { f = x: x * 2; g.h = y: y + 1; }; in [ (s.f 4) (s.g.h 4) ]
