let lib = import <nixpkgs/lib>; in
builtins.attrNames lib.attrsets
