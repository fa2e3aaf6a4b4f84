builtins.zipAttrsWith (n: vs: builtins.length vs) [ { x = 1; } { x = 2; y = 1; } { } { x = 3; } ]
