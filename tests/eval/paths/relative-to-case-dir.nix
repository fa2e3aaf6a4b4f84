let root = toString ./.; rel = p: builtins.substring (builtins.stringLength root) 1000 (toString p); in
[ (rel ./foo) (rel ./a/b) (rel ./a/../b) (rel ./a/./b) (rel ./a/../../paths/z) ]
