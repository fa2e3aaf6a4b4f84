{ list = [ "zero" { one = 1; } ]; }
