builtins.fromJSON "\"bell\\u0007 nul-free esc\\u001b del\\u007f tab\\t\""
