[ (builtins.hasContext "plain") (builtins.getContext "plain") (builtins.unsafeDiscardStringContext "abc") (builtins.hasContext (builtins.unsafeDiscardStringContext "x")) ]
