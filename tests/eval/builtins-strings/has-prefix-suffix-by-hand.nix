let
  hasPrefix = p: s: builtins.substring 0 (builtins.stringLength p) s == p;
  hasSuffix = suf: s: let ls = builtins.stringLength s; lf = builtins.stringLength suf; in lf <= ls && builtins.substring (ls - lf) lf s == suf;
in [ (hasPrefix "foo" "foobar") (hasPrefix "bar" "foobar") (hasSuffix "bar" "foobar") (hasSuffix "longer-than" "x") (hasPrefix "" "x") ]
