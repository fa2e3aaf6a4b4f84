let lib = import <nixpkgs/lib>; in
lib.mergeAttrsList [ { a = 1; } "oops" ]
