let lib = import <nixpkgs/lib>; in
let
  mk = args: {
    inherit (args) v;
    overrideAttrs = g: mk (args // g args);
  };
  o = lib.makeOverridable mk { v = 1; };
  changed = o.overrideAttrs (old: { v = old.v + 1; });
  functor = { __functor = self: { a }: { r = a; }; override = x: "original override"; extra = 1; };
  wrappedFunctor = lib.makeOverridable functor;
in {
  v = changed.v;
  stillOverridable = (changed.override { v = 5; }).v;
  hasOverrideAttrs = o ? overrideAttrs;
  functorExtra = wrappedFunctor.extra;
  functorCall = (wrappedFunctor { a = 3; }).r;
}
