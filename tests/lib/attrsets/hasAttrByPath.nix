let lib = import <nixpkgs/lib>; in
[
  (lib.hasAttrByPath [ "a" "b" ] { a.b = throw "not forced"; })
  (lib.hasAttrByPath [ "a" "c" ] { a.b = 1; })
  (lib.hasAttrByPath [ ] 42)
  (lib.hasAttrByPath [ "a" "b" ] { a = [ 1 ]; })
]
