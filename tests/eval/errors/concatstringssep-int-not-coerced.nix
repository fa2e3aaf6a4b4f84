builtins.concatStringsSep " " [ "s" 1 null true false [ 2 3 ] ]
