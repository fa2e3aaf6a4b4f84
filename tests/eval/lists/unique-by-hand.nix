let unique = builtins.foldl' (acc: x: if builtins.elem x acc then acc else acc ++ [ x ]) [ ]; in unique [ 3 1 3 2 1 "a" "a" [ 1 ] [ 1 ] ]
