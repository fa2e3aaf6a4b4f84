let true = false; null = "not null"; map = "shadowed"; in [ true null map (builtins.map (x: x) [ 1 ]) ]
