let lib = import <nixpkgs/lib>; in
{
  byName = lib.filterAttrs (n: v: n != "bad") { good = 1; bad = throw "never"; other = 2; };
  byValue = lib.filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; };
  empty = lib.filterAttrs (n: v: true) { };
}
