let r = builtins.tryEval { a = throw "inner not forced by tryEval"; b = 2; }; in [ r.success r.value.b ]
