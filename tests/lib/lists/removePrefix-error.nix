let lib = import <nixpkgs/lib>; in
lib.lists.removePrefix [ 1 2 ] [ 1 3 ]
