let apply = f: args: builtins.foldl' (g: a: g a) f args; in apply (a: b: c: "${a}${b}${c}") [ "x" "y" "z" ]
