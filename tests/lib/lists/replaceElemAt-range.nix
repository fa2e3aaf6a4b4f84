let lib = import <nixpkgs/lib>; in
lib.replaceElemAt [ 1 2 3 ] 3 "x"
