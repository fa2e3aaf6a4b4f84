let x = "X"; in ''
  ${x} at start
  mid ${x} mid
  ''${x} escaped
  $${x} double dollar
  $ alone
''
