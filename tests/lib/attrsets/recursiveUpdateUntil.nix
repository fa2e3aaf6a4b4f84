let lib = import <nixpkgs/lib>; in
lib.recursiveUpdateUntil (path: l: r: path == [ "foo" "bar" ]) {
  foo.bar = { a = 1; b = 2; };
  foo.baz = { c = 1; };
  keep = 1;
} {
  foo.bar = { z = 9; };
  foo.baz = { d = 2; };
  new = 3;
}
