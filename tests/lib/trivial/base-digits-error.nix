let lib = import <nixpkgs/lib>; in
lib.toBaseDigits 1 5
