a: b: a - b
