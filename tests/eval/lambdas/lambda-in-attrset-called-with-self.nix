let s = { n = 3; f = self: self.n * 2; }; in s.f s
