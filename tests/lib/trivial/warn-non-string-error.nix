let lib = import <nixpkgs/lib>; in
lib.warn 42 true
