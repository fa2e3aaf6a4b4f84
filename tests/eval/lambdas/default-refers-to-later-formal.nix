let f = { x ? y + 1, y ? 5 }: x; in [ (f { }) (f { y = 10; }) ]
