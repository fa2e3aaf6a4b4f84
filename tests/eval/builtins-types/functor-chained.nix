let f = { __functor = self: a: b: "${self.prefix}${a}${b}"; prefix = ">"; }; in [ (f "x" "y") ((f "p") "q") ]
