builtins.fromTOML ''
  [[fruit]]
  name = "apple"
  [[fruit.variety]]
  name = "red delicious"
  [[fruit]]
  name = "banana"
''
