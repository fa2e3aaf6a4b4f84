builtins.intersectAttrs { x = "from-first"; } { x = "from-second"; }
