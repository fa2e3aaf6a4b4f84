let s = { a = 1; b = throw "never"; }; in with s; a
