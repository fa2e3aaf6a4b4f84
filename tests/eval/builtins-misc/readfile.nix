[ (builtins.readFile ../data/hello.txt) (builtins.readFile ../data/no-newline.txt) (builtins.stringLength (builtins.readFile ../data/hello.txt)) ]
