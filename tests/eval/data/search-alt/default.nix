{ name = "alt"; }
