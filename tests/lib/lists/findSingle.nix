let lib = import <nixpkgs/lib>; in
[
  (lib.findSingle (x: x == 3) "none" "multiple" [ 1 3 3 ])
  (lib.findSingle (x: x == 3) "none" "multiple" [ 1 3 ])
  (lib.findSingle (x: x == 3) "none" "multiple" [ 1 ])
  (lib.findSingle (x: x > 1) (throw "lazy default") "multiple" [ 2 3 ])
]
