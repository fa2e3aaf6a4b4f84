let lib = import <nixpkgs/lib>; in
[
  (lib.attrByPath [ "a" "b" ] 0 { a.b = 1; })
  (lib.attrByPath [ "a" "x" ] 0 { a.b = 1; })
  (lib.attrByPath [ ] 0 { a = 1; })
  (lib.attrByPath [ "a" "b" ] "def" { a = 5; })
  (lib.attrByPath [ "a" ] (throw "unused default") { a = 2; })
  (lib.attrsets.attrByPath [ "a" "b" ] null { a.b = { c = 3; }; })
]
