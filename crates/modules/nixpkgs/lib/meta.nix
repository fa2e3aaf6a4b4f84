# vmcmd's own implementation of nixpkgs lib/meta.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  inherit (builtins) isString isAttrs typeOf match;

  isDerivation = v: v.type or null == "derivation";

  # Mirrors lib.attrsets.getOutput "bin".
  binOutput = pkg: if pkg.outputSpecified or false then pkg else pkg.bin or pkg.out or pkg;

  # Mirrors lib.attrsets.matchAttrs: every attribute of the pattern must be
  # present and equal, recursing into nested attribute sets.
  matches = pattern: attrs:
    assert isAttrs pattern;
    builtins.all (n:
      attrs ? ${n}
      && (let
        want = pattern.${n};
        have = attrs.${n};
      in
      if isAttrs want then isAttrs have && matches want have else want == have))
      (builtins.attrNames pattern);

  # Renames the attributes of a set with a function returning name/value pairs.
  remap = f: set: builtins.listToAttrs (map (n: f n set.${n}) (builtins.attrNames set));

  addMetaAttrs = extra: drv:
    if drv ? overrideAttrs then
      drv.overrideAttrs (old: { meta = (old.meta or { }) // extra; })
    else
      drv // { meta = (drv.meta or { }) // extra; };

  updateName = f: drv: drv // { name = f drv.name; };

  mapDerivationAttrset = f: set:
    builtins.mapAttrs (_: v: if isDerivation v then f v else v) set;

  setPrio = priority: addMetaAttrs { inherit priority; };
  lowPrio = setPrio 10;
  hiPrio = setPrio (-10);

  platformMatch = platform: elem:
    if isString elem then platform ? system && elem == platform.system
    else matches (if elem ? parsed then elem else { parsed = elem; }) platform;

  licensesSpdx =
    let
      withId = builtins.filter (l: l ? spdxId) (builtins.attrValues lib.licenses);
    in
    builtins.listToAttrs (map (l: { name = l.spdxId; value = l; }) withId);

  getLicenseFromSpdxIdOr =
    let
      byLowerId = remap (n: v: { name = lib.strings.toLower n; value = v; }) licensesSpdx;
    in
    id: fallback: byLowerId.${lib.strings.toLower id} or fallback;

  getExe' = x: y:
    assert lib.asserts.assertMsg (isDerivation x)
      "lib.meta.getExe': The first argument is of type ${typeOf x}, but it should be a derivation instead.";
    assert lib.asserts.assertMsg (isString y)
      "lib.meta.getExe': The second argument is of type ${typeOf y}, but it should be a string instead.";
    assert lib.asserts.assertMsg (match ".*/.*" y == null)
      "lib.meta.getExe': The second argument \"${y}\" is a nested path with a \"/\" character, but it should just be the name of the executable instead.";
    "${binOutput x}/bin/${y}";
in
{
  inherit addMetaAttrs updateName mapDerivationAttrset setPrio lowPrio hiPrio
    platformMatch licensesSpdx getLicenseFromSpdxIdOr getExe';

  dontDistribute = drv: addMetaAttrs { hydraPlatforms = [ ]; } drv;
  setName = name: drv: drv // { inherit name; };
  appendToName = suffix: updateName (name:
    let parsed = builtins.parseDrvName name; in
    "${parsed.name}-${suffix}-${parsed.version}");

  defaultPriority = 5;
  lowPrioSet = mapDerivationAttrset lowPrio;
  hiPrioSet = mapDerivationAttrset hiPrio;

  availableOn = platform: pkg:
    (!(pkg ? meta.platforms) || builtins.any (platformMatch platform) pkg.meta.platforms)
    && (!(pkg ? meta.badPlatforms) || !builtins.any (platformMatch platform) pkg.meta.badPlatforms);

  getLicenseFromSpdxId = id:
    getLicenseFromSpdxIdOr id
      (lib.trivial.warn "getLicenseFromSpdxId: No license with the given SPDX ID found: ${id}" {
        shortName = id;
        spdxId = id;
      });

  getExe = x:
    getExe' x (x.meta.mainProgram or (lib.trivial.warn
      "getExe: Package ${lib.strings.escapeNixIdentifier x.meta.name or x.pname or x.name} does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set `meta.mainProgram` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo \"bar\"."
      lib.strings.getName x));

  cpeFullVersionWithVendor = vendor: version: {
    inherit vendor version;
    update = "*";
  };
}
