let deps = { app = [ "lib" "util" ]; lib = [ "base" ]; util = [ "base" "lib" ]; base = [ ]; };
in map (x: x.key) (builtins.genericClosure { startSet = [ { key = "app"; } ]; operator = x: map (d: { key = d; }) deps.${x.key}; })
