let f = args@{ a, b ? 5 }: [ a (args ? b) (builtins.attrNames args) ]; in f { a = 1; }
