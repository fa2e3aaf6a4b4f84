[ (__add 1 2) (__sub 5 3) (__lessThan 1 2) (__length [ 1 2 3 ]) (__typeOf __curPos) (__isString "x") ]
