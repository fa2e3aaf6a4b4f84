let pkgs = [ { name = "a"; broken = false; size = 3; } { name = "b"; broken = true; size = 9; } { name = "c"; broken = false; size = 5; } ];
in builtins.foldl' (acc: p: acc + p.size) 0 (builtins.filter (p: !p.broken) pkgs)
