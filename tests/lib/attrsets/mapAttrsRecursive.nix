let lib = import <nixpkgs/lib>; in
{
  plain = lib.mapAttrsRecursive (path: v: builtins.concatStringsSep "." path + "=" + toString v) { a = { b = 1; c = { d = 2; }; }; e = 3; };
  cond = lib.mapAttrsRecursiveCond (as: !(as ? stop)) (path: v: path) { a = { stop = 1; x = 2; }; b = { c = 1; }; };
  empty = lib.mapAttrsRecursive (p: v: v) { };
}
