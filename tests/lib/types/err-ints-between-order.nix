let lib = import <nixpkgs/lib>; in
(lib.types.ints.between 5 1).description
