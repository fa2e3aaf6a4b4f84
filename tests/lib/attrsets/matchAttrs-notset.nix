let lib = import <nixpkgs/lib>; in
lib.matchAttrs [ 1 ] { }
