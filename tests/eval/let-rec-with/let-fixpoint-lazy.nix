let fix = f: let x = f x; in x; r = fix (self: { a = 1; b = self.a + 1; c = self.b + self.a; }); in r
