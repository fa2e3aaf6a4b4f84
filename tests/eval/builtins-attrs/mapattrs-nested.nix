builtins.mapAttrs (n: v: builtins.mapAttrs (n2: v2: "${n}.${n2}=${v2}") v) { x = { a = "1"; }; y = { b = "2"; c = "3"; }; }
