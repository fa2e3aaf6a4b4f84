let lib = import <nixpkgs/lib>; in
lib.enableFeature "yes" "foo"
