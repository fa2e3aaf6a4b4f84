let lib = import <nixpkgs/lib>; in
[
  (lib.attrsets.unionOfDisjoint { a = 1; } { b = 2; })
  (builtins.attrNames (lib.attrsets.unionOfDisjoint { a = 1; b = 2; } { b = 3; c = 4; }))
]
