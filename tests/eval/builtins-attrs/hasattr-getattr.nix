let s = { x = 1; "y z" = 2; }; in [ (builtins.hasAttr "x" s) (builtins.hasAttr "q" s) (builtins.getAttr "y z" s) (builtins.getAttr "x" s) ]
