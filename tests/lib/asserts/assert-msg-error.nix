let lib = import <nixpkgs/lib>; in
assert lib.assertMsg (builtins.length [ 1 2 ] == 3) "list has the wrong length"; true
