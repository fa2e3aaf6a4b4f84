builtins.fromTOML ''
  hex = 0xff
  oct = 0o17
  bin = 0b101
  underscored = 1_000_000
  plus = +5
  float_exp = 5e2
  float_neg = -0.25
  float_under = 3.141_5
''
