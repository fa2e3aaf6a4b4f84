{ inherit ({ p = 1; q = 2; } // { q = 20; }) p q; inherit (builtins) length; }.q
