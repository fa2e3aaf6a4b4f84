let lib = import <nixpkgs/lib>; in
(lib.attrsets.unionOfDisjoint { a = 1; b = 2; c = 3; } { b = 3; c = 4; }).c
