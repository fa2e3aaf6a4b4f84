let lib = import <nixpkgs/lib>; in
lib.checkListOfEnum "shape" [ "circle" "square" 3 ] [ "circle" "oval" 7 ] true
