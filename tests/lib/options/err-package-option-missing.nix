let lib = import <nixpkgs/lib>; in
(lib.mkPackageOption { } "nothere" { }).default
