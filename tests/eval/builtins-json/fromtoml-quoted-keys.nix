builtins.fromTOML ''
  "quoted key" = 1
  'single' = 2
  bare-key_1 = 3
  [ "table with space" ]
  k = "v"
''
