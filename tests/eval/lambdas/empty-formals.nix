let f = { }: "ok"; g = { ... }: "ok2"; in [ (f { }) (g { x = 1; }) ]
