[ (builtins.stringLength "") (builtins.stringLength "abc") (builtins.stringLength "a\nb") (builtins.stringLength "ß") (builtins.stringLength ''
  x
'') ]
