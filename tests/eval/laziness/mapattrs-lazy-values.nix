let m = builtins.mapAttrs (n: v: if n == "bad" then throw "bad" else v + 1) { good = 1; bad = 2; }; in [ m.good (builtins.attrNames m) ]
