let s = { "0" = "zero"; "1" = "one"; }; in [ s."0" (s ? "1") (builtins.attrNames s) ]
