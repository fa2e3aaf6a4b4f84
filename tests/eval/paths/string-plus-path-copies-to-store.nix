let s = "prefix:" + ../data/hello.txt; in [ s (builtins.hasContext s) (builtins.getContext s) ]
