[ ((builtins.getAttr "length" builtins) [ 1 2 ]) (builtins ? length) (builtins ? notABuiltin) (builtins.isAttrs builtins) ]
