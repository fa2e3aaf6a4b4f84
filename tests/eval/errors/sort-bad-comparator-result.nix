builtins.sort (a: b: "yes") [ 2 1 ]
