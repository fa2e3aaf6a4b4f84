let s = { one = 1; two = 2; }; pairs = map (n: { name = n; value = s.${n}; }) (builtins.attrNames s); in builtins.listToAttrs pairs == s
