let lib = import <nixpkgs/lib>; in
lib.updateManyAttrsByPath [ { path = [ "a" "if" "c" ]; update = _: 1; } ] { a = { "if" = 5; }; }
