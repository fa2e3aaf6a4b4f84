let lib = import <nixpkgs/lib>; in
lib.toInt "0755"
