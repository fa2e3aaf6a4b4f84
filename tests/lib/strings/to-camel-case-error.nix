let lib = import <nixpkgs/lib>; in
lib.toCamelCase 42
