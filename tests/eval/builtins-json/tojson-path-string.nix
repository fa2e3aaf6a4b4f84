builtins.toJSON { p = toString /some/abs/path; }
