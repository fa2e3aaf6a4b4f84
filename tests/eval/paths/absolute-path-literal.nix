[ (toString /tmp/foo) (toString /a/b/../c) (toString /a/./b) (builtins.typeOf /x) (baseNameOf /x/y.tar.gz) (toString /.) (toString /..) ]
