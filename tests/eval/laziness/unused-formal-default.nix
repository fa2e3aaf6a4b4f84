let f = { a ? throw "default a", b ? abort "default b" }: "fine"; in f { }
