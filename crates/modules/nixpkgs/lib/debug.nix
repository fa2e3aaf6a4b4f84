# vmcmd's own implementation of nixpkgs lib/debug.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  inherit (builtins) trace isList isAttrs;

  prettyRaw = lib.generators.toPretty { allowPrettyValues = true; };

  traceValFn = f: x: trace (f x) x;

  # Shows `v` down to `depth` levels; deeper lists and sets print as […]/{…}.
  traceSeqN = depth: v: result:
    let
      opaque = text: v: { __pretty = _: text; val = v; };
      cut = v:
        if isList v then opaque "[…]" v
        else if isAttrs v then opaque "{…}" v
        else v;
      limit = n: v:
        if n == 0 then cut v
        else if isList v then map (limit (n - 1)) v
        else if isAttrs v then builtins.mapAttrs (_: limit (n - 1)) v
        else v;
    in
    trace (prettyRaw (limit depth v)) result;

  traceValSeqFn = f: v: traceValFn f (builtins.deepSeq v v);
  traceValSeqNFn = f: depth: v: traceSeqN depth (f v) v;
in
{
  inherit (builtins) trace addErrorContext unsafeGetAttrPos;
  inherit traceValFn traceSeqN traceValSeqFn traceValSeqNFn;

  traceIf = cond: msg: x: if cond then trace msg x else x;
  traceVal = traceValFn (x: x);
  traceSeq = x: y: trace (builtins.deepSeq x x) y;
  traceValSeq = traceValSeqFn (x: x);
  traceValSeqN = traceValSeqNFn (x: x);
  traceFnSeqN = depth: name: f: v:
    let
      out = f v;
    in
    lib.debug.traceSeqN (depth + 1) { fn = name; from = v; to = out; } out;

  # Returns the failing tests: names starting with "test", or those listed
  # in `tests.tests` when that is given.
  runTests = tests:
    let
      selected = tests.tests or [ ];
      failing = name: test:
        (builtins.substring 0 4 name == "test" || builtins.elem name selected)
        && (selected == [ ] || builtins.elem name tests.tests)
        && test.expr != test.expected;
    in
    builtins.concatLists (builtins.attrValues (builtins.mapAttrs (name: test:
      if failing name test then [ { inherit name; expected = test.expected; result = test.expr; } ] else [ ])
      tests));

  throwTestFailures =
    { failures, description ? "tests", ... }:
    if failures == [ ] then null
    else
      let
        show = v: builtins.unsafeDiscardStringContext (prettyRaw v);
        describe = f: ''
          FAIL ${show f.name}:
          Expected:
          ${show f.expected}

          Result:
          ${show f.result}
        '';
        traced = builtins.foldl' (_: f: traceValFn (x: x) (describe f)) null failures;
      in
      throw (builtins.seq traced (
        "${toString (builtins.length failures)} ${description} failed:\n- "
        + builtins.concatStringsSep "\n- " (map (f: f.name) failures)
        + "\n\n"
        + builtins.toJSON failures));

  testAllTrue = expr: {
    inherit expr;
    expected = map (_: true) expr;
  };
}
