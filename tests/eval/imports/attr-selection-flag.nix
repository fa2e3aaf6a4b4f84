{ a = { b = { c = "selected"; }; other = throw "not selected"; }; top = 1; }
