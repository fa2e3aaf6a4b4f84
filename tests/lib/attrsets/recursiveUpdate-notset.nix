let lib = import <nixpkgs/lib>; in
lib.recursiveUpdate { a = 1; } 5
