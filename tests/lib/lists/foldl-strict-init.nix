let lib = import <nixpkgs/lib>; in
lib.foldl' (acc: x: x) (throw "initial accumulator") [ 1 ]
