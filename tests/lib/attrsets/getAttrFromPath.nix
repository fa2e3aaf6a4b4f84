let lib = import <nixpkgs/lib>; in
[
  (lib.getAttrFromPath [ "a" "b" ] { a.b = "x"; })
  (lib.getAttrFromPath [ ] { a = 1; })
]
