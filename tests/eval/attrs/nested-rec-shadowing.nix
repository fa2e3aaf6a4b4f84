let a = "outer"; in rec { a = "rec"; b = { c = a; }; d = let a = "let"; in a; }
