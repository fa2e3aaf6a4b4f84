let lib = import <nixpkgs/lib>; in
{
  hasPrefix = [ (lib.hasPrefix "foo" "foobar") (lib.hasPrefix "bar" "foobar") (lib.hasPrefix "" "x") ];
  hasSuffix = [ (lib.hasSuffix "bar" "foobar") (lib.hasSuffix "foobarbaz" "bar") (lib.hasSuffix "" "") ];
  hasInfix = [ (lib.hasInfix "ob" "foobar") (lib.hasInfix ".*" "foobar") (lib.hasInfix "a.b" "xa.by") (lib.hasInfix "" "") ];
  removePrefix = [ (lib.removePrefix "foo." "foo.bar") (lib.removePrefix "xxx" "foo") (lib.removePrefix "foo" "foo") ];
  removeSuffix = [ (lib.removeSuffix ".nix" "default.nix") (lib.removeSuffix "longer-than-it" "it") (lib.removeSuffix "" "x") ];
}
