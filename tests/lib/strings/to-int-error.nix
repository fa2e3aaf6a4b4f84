let lib = import <nixpkgs/lib>; in
lib.toInt "12abc"
