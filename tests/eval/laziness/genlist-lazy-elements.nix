let l = builtins.genList (i: if i == 0 then throw "zero" else i) 4; in builtins.tail l
