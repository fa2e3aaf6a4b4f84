let s = { a = 1; b = 2; c = 3; }; in map (n: builtins.getAttr n s * 10) (builtins.attrNames s)
