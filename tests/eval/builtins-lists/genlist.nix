[ (builtins.genList (i: i * 2) 5) (builtins.genList (i: "n${toString i}") 3) (builtins.genList (i: i) 0) ]
