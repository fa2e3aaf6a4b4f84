let lib = import <nixpkgs/lib>; in
lib.getAttrFromPath [ "a" "z" ] { a.b = 1; }
