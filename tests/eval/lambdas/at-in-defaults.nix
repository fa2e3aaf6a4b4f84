let f = args@{ a ? 1, b ? (args.a or 100) }: [ a b ]; in [ (f { }) (f { a = 7; }) ]
