builtins.filter (l: builtins.isString l && l != "") (builtins.split "\n" (builtins.readFile ../data/hello.txt))
