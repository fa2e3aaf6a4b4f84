with { b = "val"; }; { b = b; c.b = b; }
