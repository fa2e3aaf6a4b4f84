let
  merge = a: b: a // builtins.mapAttrs (n: v: if builtins.isAttrs v && a ? ${n} && builtins.isAttrs a.${n} then merge a.${n} v else v) b;
in merge { x = { y = 1; z = { w = 2; }; }; k = 1; } { x = { z = { v = 3; }; q = 4; }; k = 2; }
