[ ([ 1 (throw "x") ] == [ 1 ]) ({ a = throw "x"; } == { b = 1; }) ]
