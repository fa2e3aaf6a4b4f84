{ value = "not a function"; }
