let s = "${../data/hello.txt}"; in [ (builtins.isString s) (builtins.hasContext s) s ]
