let lib = import <nixpkgs/lib>; in
lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old; } ] { }
