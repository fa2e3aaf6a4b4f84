let lib = import <nixpkgs/lib>; in
[
  (lib.attrsets.longestValidPathPrefix [ "a" "b" "c" ] { a.b = 1; })
  (lib.attrsets.longestValidPathPrefix [ "a" "b" ] { a.b.c = 1; })
  (lib.attrsets.longestValidPathPrefix [ "x" ] { a = 1; })
  (lib.attrsets.longestValidPathPrefix [ ] 3)
]
