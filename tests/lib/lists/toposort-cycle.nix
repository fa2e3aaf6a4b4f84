let lib = import <nixpkgs/lib>; in
lib.toposort (a: b: a == b + 1 || (a == 1 && b == 3)) [ 1 2 3 4 ]
