[ (builtins.split "," "a,b,c") (builtins.split "," "") (builtins.split "," "no-comma") (builtins.split "," ",lead") ]
