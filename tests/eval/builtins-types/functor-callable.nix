let counter = { count = 2; __functor = self: x: self.count * x; }; in [ (counter 5) (builtins.typeOf counter) (map counter [ 1 2 ]) ]
