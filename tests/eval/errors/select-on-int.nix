let x = 5; in x.foo
