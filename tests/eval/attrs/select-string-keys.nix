let s = { "a b" = 1; "x.y" = 2; c = { "d-e" = 3; }; }; k = "a b"; in [ s."a b" s."x.y" s.c."d-e" s.${k} s."${k}" ]
