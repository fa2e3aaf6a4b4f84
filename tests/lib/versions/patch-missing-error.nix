let lib = import <nixpkgs/lib>; in
lib.versions.patch "1.2"
