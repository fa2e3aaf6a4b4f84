let v = { list = [ 1 "two" 3.5 null true ]; nested = { deep = { deeper = [ { } ]; }; }; s = "esc\"aped\n"; }; in builtins.fromJSON (builtins.toJSON v) == v
