let s = toString ./x; in [ (builtins.substring 0 1 s) (builtins.match "/.*/paths/x" s != null) ]
