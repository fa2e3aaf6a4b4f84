let a' = 1; b-c = 2; _d = 3; e'' = 4; f-'g = 5; in [ a' b-c _d e'' f-'g ]
