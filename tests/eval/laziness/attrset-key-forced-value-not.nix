let s = { ${"k" + "ey"} = throw "value"; }; in builtins.hasAttr "key" s
