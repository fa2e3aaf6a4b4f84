{ a = { b = [ 1 (throw "nested throw") ]; }; }
