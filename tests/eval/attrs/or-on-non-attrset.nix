let s = { a = 5; }; in [ (s.a.b or "fallback") (s.a or 0) ]
