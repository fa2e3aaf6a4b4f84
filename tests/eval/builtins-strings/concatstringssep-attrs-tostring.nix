builtins.concatStringsSep "|" [ "s" { __toString = _: "obj"; } { outPath = "/p"; } (toString 1) ]
