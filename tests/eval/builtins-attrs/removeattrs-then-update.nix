let base = { a = 1; b = 2; }; in (builtins.removeAttrs base [ "a" ]) // { c = 3; }
