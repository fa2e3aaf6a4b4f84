let lib = import <nixpkgs/lib>; in
[
  (lib.replaceElemAt [ 1 2 3 ] 0 "a")
  (lib.replaceElemAt [ 1 2 3 ] 2 [ ])
]
