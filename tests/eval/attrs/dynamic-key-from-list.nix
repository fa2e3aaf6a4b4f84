let names = [ "x" "y" "z" ]; in builtins.foldl' (acc: n: acc // { ${n} = builtins.stringLength (builtins.concatStringsSep "" (builtins.attrNames acc)); }) { } names
