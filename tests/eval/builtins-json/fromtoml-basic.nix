builtins.fromTOML ''
  title = "TOML example"
  count = 42
  ratio = 0.5
  enabled = true
  disabled = false
  negative = -17
''
