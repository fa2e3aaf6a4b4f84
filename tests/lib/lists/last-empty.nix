let lib = import <nixpkgs/lib>; in
lib.last [ ]
