with builtins; [ (length [ 1 2 ]) (head [ "h" ]) (toString 5) (typeOf 1) ]
