let f = { a ? throw "default forced", b }: b; in f { b = "fine"; }
