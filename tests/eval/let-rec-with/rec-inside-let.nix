let r = rec { a = 1; b = a + 1; }; b = 100; in [ r.b b ]
