let a = "x"; in [ (a + "y") ("${a}" + "${a}") (a + toString 1) ]
