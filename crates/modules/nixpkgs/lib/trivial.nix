# vmcmd's own implementation of nixpkgs lib/trivial.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  inherit (builtins) isInt isString;

  # The ANSI escape character, used to colour warnings like Nix does.
  esc = builtins.fromJSON ''"\u001b"'';

  # Right fold over a list, element by element (local so that this family
  # does not depend on the list family being loaded).
  foldRight = op: nul: xs:
    let
      n = builtins.length xs;
      step = i: if i == n then nul else op (builtins.elemAt xs i) (step (i + 1));
    in
    step 0;

  # Values read from nixpkgs' `lib/.version` / `.version-suffix` at the
  # pinned revision (the built-in tree has no such files).
  releaseNumber = "26.05";
  suffix = "pre-git";

  # The fallback of `warn` for Nix versions without `builtins.warn`.
  warnFallback =
    let
      abortRequested = builtins.elem (builtins.getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ];
    in
    msg: v:
    assert isString msg;
    if abortRequested then
      builtins.trace "${esc}[1;31mevaluation warning:${esc}[0m ${msg}"
        (abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.")
    else
      builtins.trace "${esc}[1;35mevaluation warning:${esc}[0m ${msg}" v;

  hexLetters = { "10" = "A"; "11" = "B"; "12" = "C"; "13" = "D"; "14" = "E"; "15" = "F"; };
  hexDigit = d: if d < 10 then toString d else hexLetters.${toString d};

  self = {
    inherit (builtins)
      pathExists readFile isBool isInt isFloat
      add sub mul div lessThan seq deepSeq genericClosure
      bitAnd bitOr bitXor ceil floor;

    # -- combinators --
    id = x: x;
    const = x: _: x;
    pipe = start: fns: builtins.foldl' (acc: fn: fn acc) start fns;
    flip = f: a: b: f b a;

    # -- operators as functions --
    concat = xs: ys: xs ++ ys;
    "or" = a: b: a || b;
    and = a: b: a && b;
    # Both sides are negated so that non-booleans are rejected.
    xor = a: b: (!a) != (!b);
    bitNot = builtins.sub (-1);
    boolToString = b: if b then "true" else "false";
    boolToYesNo = b: if b then "yes" else "no";
    mergeAttrs = a: b: a // b;
    defaultTo = fallback: v: if v != null then v else fallback;
    mapNullable = f: v: if v == null then v else f v;

    # -- nixpkgs version information --
    release = releaseNumber;
    versionSuffix = suffix;
    version = releaseNumber + suffix;
    codeName = "Yarara";
    oldestSupportedRelease = 2511;
    oldestSupportedReleaseIsAtLeast = rel: rel <= lib.trivial.oldestSupportedRelease;
    isInOldestRelease =
      lib.warnIf (lib.oldestSupportedReleaseIsAtLeast 2411)
        "lib.isInOldestRelease is deprecated. Use lib.oldestSupportedReleaseIsAtLeast instead."
        lib.oldestSupportedReleaseIsAtLeast;
    revisionWithDefault =
      fallback:
      let
        revFile = "${toString ./..}/.git-revision";
      in
      if builtins.pathExists revFile then lib.strings.fileContents revFile else fallback;
    nixpkgsVersion = self.warn "lib.nixpkgsVersion is a deprecated alias of lib.version." self.version;

    inNixShell = builtins.getEnv "IN_NIX_SHELL" != "";
    inPureEvalMode = !(builtins ? currentSystem);

    # -- numbers and comparisons --
    min = a: b: if a < b then a else b;
    max = a: b: if a > b then a else b;
    mod = base: int: base - int * (builtins.div base int);
    compare = a: b: if a < b then -1 else if a > b then 1 else 0;
    splitByAndCompare =
      pred: onBoth: onNeither: a: b:
      let
        pa = pred a;
        pb = pred b;
      in
      if pa then (if pb then onBoth a b else -1)
      else if pb then 1
      else onNeither a b;

    # -- files --
    importJSON = file: builtins.fromJSON (builtins.readFile file);
    importTOML = file: builtins.fromTOML (builtins.readFile file);

    # -- warnings and errors --
    warn = builtins.warn or warnFallback;
    warnIf = cond: msg: if cond then self.warn msg else x: x;
    warnIfNot = cond: msg: if cond then x: x else self.warn msg;
    throwIf = cond: msg: if cond then throw msg else x: x;
    throwIfNot = cond: msg: if cond then x: x else throw msg;
    checkListOfEnum =
      msg: valid: given:
      let
        bad = builtins.filter (x: !builtins.elem x valid) given;
        show = xs: builtins.concatStringsSep ", " (map toString xs);
      in
      self.throwIfNot (bad == [ ]) "${msg}: ${show bad} unexpected; valid ones: ${show valid}";
    info = msg: builtins.trace "INFO: ${msg}";
    showWarnings = msgs: value: foldRight self.warn value msgs;

    # -- function metadata --
    setFunctionArgs = f: args: {
      __functor = _: f;
      __functionArgs = args;
    };
    functionArgs =
      f:
      if f ? __functor then f.__functionArgs or (builtins.functionArgs (f.__functor f))
      else builtins.functionArgs f;
    isFunction = f: builtins.isFunction f || (f ? __functor && builtins.isFunction (f.__functor f));
    mirrorFunctionArgs =
      f:
      let
        args = self.functionArgs f;
      in
      g: {
        __functor = _: g;
        __functionArgs = args;
      };
    toFunction = v: if self.isFunction v then v else _: v;

    # -- number bases --
    fromHexString =
      str:
      let
        m = builtins.match "(0x)?([0-7]?[0-9A-Fa-f]{1,15})" str;
        parse = digits: (builtins.fromTOML "v=0x${digits}").v;
      in
      if m != null then
        parse (builtins.elemAt m 1)
      else
        assert self.warn "fromHexString: ${lib.generators.toPretty { } str} is not a valid input and will be rejected in 26.05" true;
        parse (lib.strings.removePrefix "0x" (lib.strings.toLower str));
    toHexString = i: builtins.concatStringsSep "" (map hexDigit (self.toBaseDigits 16 i));
    toBaseDigits =
      base: i:
      let
        digitsOf = n:
          if n < base then [ n ]
          else
            let
              low = n - (n / base) * base;
            in
            digitsOf ((n - low) / base) ++ [ low ];
      in
      assert (isInt base);
      assert (isInt i);
      assert (base >= 2);
      assert (i >= 0);
      digitsOf i;
  };
in
self
