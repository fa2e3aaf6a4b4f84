builtins.addErrorContext "while doing something important" (throw "the real failure")
