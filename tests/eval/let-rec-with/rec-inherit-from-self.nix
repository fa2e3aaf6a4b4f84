let r = rec { base = { a = 1; b = 2; }; inherit (base) a b; sum = a + b; }; in removeAttrs r [ "base" ]
