let lib = import <nixpkgs/lib>; in
(lib.types.oneOf [ ]).description
