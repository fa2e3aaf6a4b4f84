let lib = import <nixpkgs/lib>; in
{
  all = lib.mapAttrsToListRecursive (path: v: [ path v ]) { a = { b = 1; c = { }; }; d = 2; };
  cond = lib.mapAttrsToListRecursiveCond (path: v: path != [ "a" ]) (path: v: path) { a = { b = 1; }; c = { d = 2; }; };
}
