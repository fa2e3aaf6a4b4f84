builtins.readDir ../data/readdir
