[ (builtins ? toXML) (builtins ? fromTOML) (builtins ? zipAttrsWith) (builtins ? groupBy) (builtins ? notAThing) ]
