builtins.attrNames { b = 1; a = 2; C = 3; "a b" = 4; aa = 5; }
