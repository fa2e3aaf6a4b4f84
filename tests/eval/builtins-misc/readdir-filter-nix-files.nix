let d = builtins.readDir ../data/readdir; in builtins.filter (n: d.${n} == "regular" && builtins.match ".*\\.nix" n != null) (builtins.attrNames d)
