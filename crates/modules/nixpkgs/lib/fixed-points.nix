# vmcmd's own implementation of nixpkgs lib/fixed-points.nix
# (behaviour-compatible with nixpkgs at the nixos-26.05 branch-off; not a
# copy of its code).
{ lib }:
let
  fix = f: let result = f result; in result;

  # Like `fix`, but the result remembers the function it was built from.
  fix' = f: let result = f result // { __unfix__ = f; }; in result;

  converge = f: x:
    let next = f x; in
    if next == x then x else converge f next;

  # The overlay sees the final result and the result before it was applied.
  extends = overlay: base: final:
    let before = base final; in
    before // overlay final before;

  composeExtensions = first: second: final: prev:
    let
      firstOut = first final prev;
    in
    firstOut // second final (prev // firstOut);

  # Composes right to left so that the first overlay is applied first.
  composeManyExtensions = overlays:
    let
      n = builtins.length overlays;
      from = i:
        if i == n then (final: prev: { })
        else composeExtensions (builtins.elemAt overlays i) (from (i + 1));
    in
    from 0;

  makeExtensibleWithCustomName = extenderName: rattrs:
    fix' (self: rattrs self // {
      ${extenderName} = f: makeExtensibleWithCustomName extenderName (extends f rattrs);
    });

  makeExtensible = makeExtensibleWithCustomName "extend";

  # Accepts `{ ... }`, `prev: { ... }` or `final: prev: { ... }`.
  toExtension = v:
    if lib.trivial.isFunction v then
      final: prev:
        let applied = v prev; in
        if lib.trivial.isFunction applied then v final prev else applied
    else
      final: prev: v;
in
{
  inherit fix fix' converge extends composeExtensions composeManyExtensions
    makeExtensible makeExtensibleWithCustomName toExtension;
}
