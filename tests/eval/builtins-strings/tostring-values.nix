[ (toString 1) (toString (-5)) (toString true) (toString false) (toString null) (toString "s") (toString [ 1 "a" [ 2 null ] true ]) (toString [ ]) ]
