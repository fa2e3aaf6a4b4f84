with { v = "with"; }; let w = v; in let v = "let"; in [ w v ]
