let r = { a = 1; } // { b = throw "lazy b"; c = 3; }; in [ r.a r.c (r ? b) ]
