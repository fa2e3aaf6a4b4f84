let vals = { int = 1; float = 1.0; str = ""; bool = false; null = null; list = [ ]; set = { }; fn = x: x; path = ./x; };
    preds = { inherit (builtins) isInt isFloat isString isBool isNull isList isAttrs isFunction isPath; };
in builtins.mapAttrs (pn: p: builtins.filter (vn: p vals.${vn}) (builtins.attrNames vals)) preds
