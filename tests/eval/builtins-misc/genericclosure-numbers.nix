map (x: x.key) (builtins.genericClosure { startSet = map (k: { key = k; }) [ 10 3 ]; operator = x: if x.key > 1 then [ { key = builtins.div x.key 2; } ] else [ ]; })
