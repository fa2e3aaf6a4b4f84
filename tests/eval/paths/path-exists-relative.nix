[ (builtins.pathExists ../data/hello.txt) (builtins.pathExists ../data/nope) (builtins.pathExists ./.) (builtins.pathExists ../data/readdir) (builtins.pathExists (../data + "/simple.nix")) ]
