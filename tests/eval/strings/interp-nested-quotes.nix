let a = { "x y" = "xy"; }; in "${a."x y"}-${"${"q"}"}"
