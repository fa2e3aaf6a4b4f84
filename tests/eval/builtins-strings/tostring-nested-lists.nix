[ (toString [ [ ] [ [ ] ] ]) (toString [ null null ]) (toString [ "" "" ]) (toString [ 1 [ 2 [ 3 ] ] ]) ]
