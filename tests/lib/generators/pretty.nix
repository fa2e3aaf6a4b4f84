let lib = import <nixpkgs/lib>; in
let
  p = lib.generators.toPretty { };
  one = lib.generators.toPretty { multiline = false; };
  value = {
    int = 1; neg = -2; float = 1.5; str = "x\"y\${z}\\"; bool = true; nul = null;
    list = [ 1 [ ] { } ]; nested.deeper = [ "a" ];
    multi = "line 1\nline 2 ''x'' \${y}\n";
    fn = x: x; fnArgs = { a, b ? 1 }: a; functor = { __functor = self: x: x; };
    drv = { type = "derivation"; name = "hello"; }; drvNoName = { type = "derivation"; };
    "needs quoting" = 1; "if" = 2;
  };
in {
  multi = p value;
  single = one value;
  indented = lib.generators.toPretty { indent = "    "; } [ 1 { a = 2; } ];
  pretty = lib.generators.toPretty { allowPrettyValues = true; } { x = { __pretty = v: "<<${toString v}>>"; val = 5; }; };
  notPretty = p { __pretty = v: "no"; val = 5; };
  scalars = map p [ "" "a\nb" "trailing\n" 0.1 1.0e20 ];
  path = lib.hasSuffix "/tests" (p ../.);
}
