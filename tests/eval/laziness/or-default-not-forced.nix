let s = { a = 1; }; in s.a or (throw "default not needed")
