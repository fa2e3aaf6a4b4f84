builtins.fromTOML ''
  point = { x = 1, y = 2 }
  nested = { inner = { deep = "yes" } }
  ints = [ 1, 2, 3 ]
  mixed_nested = [ [ 1, 2 ], [ "a", "b" ] ]
  empty = []
  dotted.key.path = "dotted"
''
