{ a = let x = 1; in x + 1; b = let x = 2; in { y = x; }; }
