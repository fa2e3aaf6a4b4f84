let lib = import <nixpkgs/lib>; in
lib.xor 1 true
