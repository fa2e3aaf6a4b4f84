let lib = import <nixpkgs/lib>; in
[
  (lib.mergeAttrsList [ { a = 1; b = 1; } { b = 2; c = 2; } { c = 3; } { d = 4; } { a = 5; } ])
  (lib.mergeAttrsList [ ])
  (lib.mergeAttrsList [ 5 ])
  (lib.mergeAttrsList [ { x = throw "lazy value"; } { y = 1; } ]).y
]
