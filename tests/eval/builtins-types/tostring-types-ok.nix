map (v: builtins.typeOf (toString v)) [ 1 "s" true null [ 1 ] ./x 1.5 ]
