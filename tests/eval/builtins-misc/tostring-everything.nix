[ (toString 42) (toString 2.5) (toString true) (toString false) (toString null) (toString [ 1 [ 2 ] "x" null ]) (toString { outPath = "/o"; }) (toString "plain") ]
