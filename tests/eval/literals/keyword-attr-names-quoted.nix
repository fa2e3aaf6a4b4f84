let s = { "if" = 1; "then" = 2; "let" = 4; "in" = 5; "rec" = 6; "with" = 7; "inherit" = 8; "assert" = 10; };
in [ s."if" s."let" s."in" s."rec" s."with" s."inherit" s."assert" s."then" ]
