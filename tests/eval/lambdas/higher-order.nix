let compose = f: g: x: f (g x); twice = f: compose f f; in [ (twice (x: x * 3) 2) ((compose toString (x: x + 1)) 41) ]
