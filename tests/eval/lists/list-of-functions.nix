let fs = [ (x: x + 1) (x: x * 2) (x: x - 3) ]; in map (f: f 10) fs
