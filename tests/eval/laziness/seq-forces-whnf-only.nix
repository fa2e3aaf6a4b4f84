builtins.seq { a = throw "not forced"; } "whnf only"
