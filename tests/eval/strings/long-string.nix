let s = builtins.concatStringsSep "" (builtins.genList (i: "abcdefghij") 1000); in
{ len = builtins.stringLength s; tail = builtins.substring 9990 10 s; }
