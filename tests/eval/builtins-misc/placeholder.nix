[ (builtins.placeholder "out") (builtins.placeholder "dev") (builtins.stringLength (builtins.placeholder "out")) ]
