let lib = import <nixpkgs/lib>; in
lib.nameFromURL "https://example.org/foo.tar.gz" "-"
