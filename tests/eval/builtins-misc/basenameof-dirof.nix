[ (baseNameOf "foo/bar.nix") (baseNameOf ../data/hello.txt) (dirOf "foo/bar/baz") (baseNameOf (dirOf ../data/hello.txt)) (baseNameOf "trailing/") ]
