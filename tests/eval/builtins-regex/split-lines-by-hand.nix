let lines = s: builtins.filter (x: builtins.isString x && x != "") (builtins.split "\n" s); in lines ''
  first
  second

  third
''
