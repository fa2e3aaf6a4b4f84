# vmcmd's own implementation of nixpkgs lib/customisation.nix
# (behaviour-compatible with nixpkgs at the nixos-26.05 branch-off; not a
# copy of its code). Needs real derivations only where nixpkgs does
# (overrideDerivation, hydraJob).
{ lib }:
let
  inherit (builtins) attrNames elemAt filter head isAttrs length listToAttrs mapAttrs;
  inherit (lib.trivial) functionArgs isFunction mirrorFunctionArgs setFunctionArgs;

  isDerivation = v: v.type or null == "derivation";

  # Stable sort by a computed key (mirrors lib.lists.sortOn).
  sortByKey = key: xs:
    map (p: p.v) (builtins.sort (a: b: a.k < b.k) (map (x: { k = key x; v = x; }) xs));

  flattenList = x: if builtins.isList x then builtins.concatMap flattenList x else [ x ];

  # Applies an overlay `g` on top of the fixed-point function `f`.
  extends = g: f: final: let prev = f final; in prev // g final prev;

  overrideDerivation = drv: f:
    let
      keep =
        { meta = drv.meta or { }; passthru = drv.passthru or { }; }
        // (drv.passthru or { })
        // {
          ${if drv ? __spliced then "__spliced" else null} =
            mapAttrs (_: d: overrideDerivation d f) drv.__spliced;
        };
    in
    extendDerivation (builtins.seq drv.drvPath true) keep (derivation (drv.drvAttrs // f drv));

  makeOverridable = f:
    let
      sameArgs = mirrorFunctionArgs f;
      call = args:
        let
          result = f args;
          override = sameArgs (changes:
            makeOverridable f (args // (if isFunction changes then changes args else changes)));
        in
        if isAttrs result then
          result // {
            inherit override;
            overrideDerivation = g: makeOverridable (sameArgs (a: overrideDerivation (f a) g)) args;
            ${if result ? overrideAttrs then "overrideAttrs" else null} =
              g: makeOverridable (sameArgs (a: (f a).overrideAttrs g)) args;
          }
        else if isFunction result then
          setFunctionArgs result (functionArgs result) // { inherit override; }
        else
          result;
    in
    if isAttrs f then
      f // sameArgs call // {
        ${if f ? override then "override" else null} = g: makeOverridable (f.override g);
      }
    else
      sameArgs call;

  # The message for a call that lacks a required argument.
  missingArgMessage = autoArgs: args: fargs: unpassed:
    let
      arg = head (filter (n: !fargs.${n}) (attrNames unpassed));
      candidates = sortByKey (lib.strings.levenshtein arg)
        (filter (lib.strings.levenshteinAtMost 2 arg) (attrNames (autoArgs // args)));
      quoted = map (n: "\"${n}\"") (builtins.genList (elemAt candidates) (if length candidates < 3 then length candidates else 3));
      hint =
        if quoted == [ ] then ""
        else if length quoted == 1 then ", did you mean ${head quoted}?"
        else ", did you mean ${builtins.concatStringsSep ", " (builtins.genList (elemAt quoted) (length quoted - 1))} or ${elemAt quoted (length quoted - 1)}?";
      pos = builtins.unsafeGetAttrPos arg fargs;
      where = if pos != null then pos.file + ":" + toString pos.line else "<unknown location>";
    in
    "lib.customisation.callPackageWith: Function called without required argument \"${arg}\" at ${where}${hint}";

  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = functionArgs f;
      given = builtins.intersectAttrs fargs autoArgs // args;
      unpassed = removeAttrs fargs (attrNames given);
    in
    if unpassed == { } || builtins.all (x: x) (builtins.attrValues unpassed) then
      makeOverridable f given
    else
      # An abort, so that tryEval cannot hide the mistake.
      abort (missingArgMessage autoArgs args fargs unpassed);

  callPackagesWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      sameArgs = mirrorFunctionArgs f;
      baseArgs = builtins.intersectAttrs (functionArgs f) autoArgs // args;
      pkgs = f baseArgs;
    in
    if isDerivation pkgs then
      throw ("function `callPackages` was called on a *single* derivation "
        + "\"${pkgs.name or "<unknown-name>"}\";"
        + " did you mean to use `callPackage` instead?")
    else
      mapAttrs (name: _: makeOverridable (sameArgs (a: (f a).${name})) baseArgs) pkgs;

  extendDerivation = condition: passthru: drv:
    let
      outputs = drv.outputs or [ "out" ];
      forOutput = name: {
        inherit name;
        value = shared // {
          inherit (drv.${name}) type outputName;
          outputSpecified = true;
          drvPath = assert condition; drv.${name}.drvPath;
          outPath = assert condition; drv.${name}.outPath;
          ${if passthru ? overrideAttrs then "overrideAttrs" else null} =
            g: (passthru.overrideAttrs g).${name};
        };
      };
      perOutput = map forOutput outputs;
      shared = drv // listToAttrs perOutput // { all = map (o: o.value) perOutput; } // passthru;
    in
    shared // {
      drvPath = assert condition; drv.drvPath;
      outPath = assert condition; drv.outPath;
    };

  hydraJob = drv:
    let
      outputs = drv.outputs or [ "out" ];
      shared =
        { inherit (drv) name system meta; inherit outputs; }
        // (if drv._hydraAggregate or false then {
          _hydraAggregate = true;
          constituents = map hydraJob (flattenList drv.constituents);
        } else { })
        // listToAttrs perOutput;
      forOutput = name:
        let o = drv.${name}; in
        {
          inherit name;
          value = shared // {
            outPath = o.outPath;
            drvPath = o.drvPath;
            type = "derivation";
            outputName = name;
          };
        };
      perOutput = map forOutput outputs;
      first = (head perOutput).value;
    in
    if drv == null then null else builtins.deepSeq first first;

  makeScope = newScope: f:
    let
      self = { callPackage = self.newScope { }; } // f self // {
        newScope = scope: newScope (self // scope);
        overrideScope = g: makeScope newScope (extends g f);
        packages = f;
      };
    in
    self;

  makeScopeWithSplicing' =
    { splicePackages, newScope }:
    { otherSplices, keep ? (_: { }), extra ? (_: { }), f }:
    let
      spliced0 = splicePackages {
        pkgsBuildBuild = otherSplices.selfBuildBuild;
        pkgsBuildHost = otherSplices.selfBuildHost;
        pkgsBuildTarget = otherSplices.selfBuildTarget;
        pkgsHostHost = otherSplices.selfHostHost;
        pkgsHostTarget = self;
        pkgsTargetTarget = otherSplices.selfTargetTarget;
      };
      spliced = extra spliced0 // spliced0 // keep self;
      self = f self // {
        newScope = scope: newScope (spliced // scope);
        callPackage = newScope spliced;
        overrideScope = g: makeScopeWithSplicing' { inherit splicePackages newScope; } {
          inherit otherSplices keep extra;
          f = extends g f;
        };
        packages = f;
      };
    in
    self;

  stages = [ "BuildBuild" "BuildHost" "BuildTarget" "HostHost" "HostTarget" "TargetTarget" ];
  # "BuildHost" -> "buildHost"
  lowerFirst = s: lib.strings.toLower (builtins.substring 0 1 s) + builtins.substring 1 (-1) s;
in
{
  inherit overrideDerivation makeOverridable callPackageWith callPackagesWith
    extendDerivation hydraJob makeScope makeScopeWithSplicing';

  makeScopeWithSplicing = splicePackages: newScope: otherSplices: keep: extra: f:
    makeScopeWithSplicing' { inherit splicePackages newScope; } { inherit otherSplices keep extra f; };

  extendMkDerivation =
    { constructDrv
    , excludeDrvArgNames ? [ ]
    , excludeFunctionArgNames ? [ ]
    , extendDrvArgs
    , inheritFunctionArgs ? true
    , transformDrv ? (x: x)
    }:
    {
      __functor = _: fpargs:
        transformDrv (constructDrv (final:
          let
            prev = if isFunction fpargs then fpargs final else fpargs;
          in
          removeAttrs prev excludeDrvArgNames // extendDrvArgs final prev));
      __functionArgs = removeAttrs
        ((if inheritFunctionArgs then removeAttrs (functionArgs constructDrv) excludeDrvArgNames else { })
          // functionArgs (extendDrvArgs { }))
        excludeFunctionArgNames;
      inherit constructDrv excludeDrvArgNames extendDrvArgs transformDrv;
    };

  renameCrossIndexFrom = prefix: x:
    listToAttrs (map (s: { name = lowerFirst s; value = x."${prefix}${s}"; }) stages);
  renameCrossIndexTo = prefix: x:
    listToAttrs (map (s: { name = "${prefix}${s}"; value = x.${lowerFirst s}; }) stages);
  mapCrossIndex = f:
    { buildBuild, buildHost, buildTarget, hostHost, hostTarget, targetTarget }:
    {
      buildBuild = f buildBuild;
      buildHost = f buildHost;
      buildTarget = f buildTarget;
      hostHost = f hostHost;
      hostTarget = f hostTarget;
      targetTarget = f targetTarget;
    };
}
