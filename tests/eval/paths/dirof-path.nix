[ (dirOf ./a/b == ./a) (builtins.isPath (dirOf ./a/b)) (dirOf "a/b/c") (dirOf "/x") (dirOf "/") (dirOf "noslash") (dirOf "a/") ]
