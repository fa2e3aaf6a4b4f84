let s = { a = [ 1 2 ]; b = [ 3 ]; }; in builtins.concatMap (n: map (v: "${n}${toString v}") s.${n}) (builtins.attrNames s)
