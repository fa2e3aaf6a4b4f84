builtins.typeOf { type = "derivation"; outPath = "/x"; }
