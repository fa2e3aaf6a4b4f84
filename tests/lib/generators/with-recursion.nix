let lib = import <nixpkgs/lib>; in
let
  deep = { a = { b = { c = { d = 1; }; }; }; l = [ [ [ 1 ] ] ]; f = { __functor = s: x: x; __toString = s: "str"; };
  };
  limited = lib.generators.withRecursion { depthLimit = 2; throwOnDepthLimit = false; } deep;
  strict = lib.generators.withRecursion { depthLimit = 1; } { a = { b = 1; }; };
in {
  limited = builtins.removeAttrs limited [ "f" ];
  keepsFunctor = limited.f 7;
  strictTop = builtins.attrNames strict;
  strictFails = (builtins.tryEval (builtins.deepSeq strict strict)).success;
  pretty = lib.generators.toPretty { } (lib.generators.withRecursion { depthLimit = 1; throwOnDepthLimit = false; } { x = [ [ 1 ] ]; });
}
