(x: with { x = "with"; y = "with-y"; }; [ x y ]) "arg"
