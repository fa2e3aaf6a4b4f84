[ (baseNameOf "/a/b/c") (baseNameOf "a/b/") (baseNameOf "") (baseNameOf "noslash") (baseNameOf "/") (dirOf "/a/b/c") (dirOf "a") (dirOf "a/b/") ]
