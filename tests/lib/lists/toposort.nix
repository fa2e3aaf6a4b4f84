let lib = import <nixpkgs/lib>; in
let
  deps = { a = [ "b" "c" ]; b = [ "c" ]; c = [ ]; d = [ "a" ]; };
  before = x: y: builtins.elem x (deps.${y});
in {
  sorted = lib.toposort before [ "d" "a" "c" "b" ];
  numbers = lib.toposort (a: b: a < b) [ 3 1 2 5 4 ];
  single = lib.toposort (throw "unused") [ 1 ];
  empty = lib.toposort (throw "unused") [ ];
}
