let lib = import <nixpkgs/lib>; in
(lib.extendDerivation (1 == 2) { } { outPath = "/x"; drvPath = "/y"; }).outPath
