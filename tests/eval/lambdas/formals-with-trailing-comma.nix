let f = { a, b, }: a + b; g = { a ? 1, }: a; in [ (f { a = 1; b = 2; }) (g { }) ]
