[ (builtins.substring 0 3 "日本") (builtins.stringLength "日本") (builtins.substring 3 3 "日本") ]
