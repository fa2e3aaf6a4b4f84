let lib = import <nixpkgs/lib>; in
[
  (lib.setAttrByPath [ "a" "b" "c" ] 1)
  (lib.setAttrByPath [ ] 7)
  (builtins.attrNames (lib.setAttrByPath [ "x" ] (throw "lazy")))
]
