# vmcmd's built-in nixpkgs lib: own-written, behaviour-compatible with
# nixpkgs lib at the nixos-26.05 branch-off. Families live in their own
# files; every public function of a family is also exported at the top
# level, except the families in `notFlattened` and the names in `notTopLevel`.
let
  fix = f: let x = f x; in x;
  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;
  makeExtensible = rattrs:
    let self = fix rattrs; in
    self // { extend = f: makeExtensible (extends f rattrs); };

  # Families whose functions are only reachable as `lib.<family>.<name>`.
  notFlattened = [ "types" "versions" "generators" ];

  # Public names of a family that nixpkgs does not export at the top level
  # (for names two families share, this decides which one `lib.<name>` is).
  notTopLevel = {
    attrsets = [ "longestValidPathPrefix" "unionOfDisjoint" ];
    lists = [ "findFirstIndex" "commonPrefix" "hasPrefix" "removePrefix" ];
    strings = [
      "replicate" "charToInt" "commonPrefixLength" "commonSuffixLength" "escapeC"
      "escapeNixIdentifier" "escapeNixString" "floatToString" "isConvertibleWithToString"
      "levenshtein" "levenshteinAtMost" "normalizePath" "sanitizeDerivationName" "storeDir"
    ];
    trivial = [ "codeName" "oldestSupportedRelease" "release" "revisionWithDefault" "versionSuffix" ];
    asserts = [ "assertEachOneOf" "checkAssertWarn" ];
    meta = [ "availableOn" "cpeFullVersionWithVendor" "defaultPriority" "platformMatch" ];
    debug = [ "throwTestFailures" ];
    misc = [ "closePropagationFast" "closePropagationSlow" ];
    modules = [
      "collectModules" "defaultOrderPriority" "defaultOverridePriority" "filterOverrides'"
      "importApply" "mergeAttrDefinitionsWithPrio" "mkAliasAndWrapDefsWithPriority" "mkAliasIfDef"
    ];
    options = [ "literalCode" "renderOptionValue" "showDefs" ];
  };

  # Builtins nixpkgs re-exports at the top level of `lib`.
  reexportedBuiltins = {
    inherit (builtins)
      fromTOML getContext hasContext toFile toString toXML tryEval placeholder hashString;
  };

  lib = makeExtensible (self:
    let
      callLibs = file: import file { lib = self; };
      fams = {
        trivial = callLibs ./trivial.nix;
        fixedPoints = callLibs ./fixed-points.nix;
        attrsets = callLibs ./attrsets.nix;
        lists = callLibs ./lists.nix;
        strings = callLibs ./strings.nix;
        asserts = callLibs ./asserts.nix;
        versions = callLibs ./versions.nix;
        meta = callLibs ./meta.nix;
        debug = callLibs ./debug.nix;
        generators = callLibs ./generators.nix;
        customisation = callLibs ./customisation.nix;
        options = callLibs ./options.nix;
        types = callLibs ./types.nix;
        modules = callLibs ./modules.nix;
        misc = callLibs ./misc.nix;
      };
      flattened = builtins.filter (n: !builtins.elem n notFlattened) (builtins.attrNames fams);
      flat = builtins.foldl' (acc: name: acc // builtins.removeAttrs fams.${name} (notTopLevel.${name} or [ ])) { } flattened;
    in
    reexportedBuiltins // flat // fams // {
      # Single functions of otherwise unflattened families.
      inherit (fams.versions) splitVersion;
      inherit (fams.generators) mkLuaInline;
      inherit (fams.types) isType setType defaultTypeMerge defaultFunctor isOptionType mkOptionType;
    });
in
lib
