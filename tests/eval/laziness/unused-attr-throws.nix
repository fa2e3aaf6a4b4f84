let s = { ok = 1; bad = throw "never"; }; in s.ok
