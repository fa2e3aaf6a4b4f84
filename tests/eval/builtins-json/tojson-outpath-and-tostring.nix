builtins.toJSON [ { outPath = "/store/x"; name = "ignored"; } { __toString = self: "ts"; a = 1; } ]
