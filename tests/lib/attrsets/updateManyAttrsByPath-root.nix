let lib = import <nixpkgs/lib>; in
[
  (lib.updateManyAttrsByPath [ { path = [ ]; update = old: old // { z = 0; }; } { path = [ "y" ]; update = _: 9; } ] { x = 1; })
  (lib.updateManyAttrsByPath [ ] { x = 1; })
]
