let lib = import <nixpkgs/lib>; in
lib.literalExpression 1
