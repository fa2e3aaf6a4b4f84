let r = ./a + ./b; in [ (builtins.isPath r) (toString r == toString ./a + toString ./b) (baseNameOf r) ]
