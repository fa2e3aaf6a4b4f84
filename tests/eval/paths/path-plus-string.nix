let root = toString ./.; rel = p: builtins.substring (builtins.stringLength root) 1000 (toString p); in
[ (rel (./a + "/b")) (rel (./a + "b")) (builtins.isPath (./a + "/b")) (rel (./. + "/x/y")) (rel (./a + "/../c")) ]
