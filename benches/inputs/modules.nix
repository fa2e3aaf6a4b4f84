# A module-system-like fixpoint: 1000 declared options, modules that read
# the final configuration, definitions collected with foldl' and //,
# merged by type, then rendered as text with string interpolation.
let
  lib = import ./lib.nix;
  n = 1000;
  name = i: "opt${toString i}";
  kinds = [ "int" "str" "list" "bool" ];
  kind = i: builtins.elemAt kinds (lib.mod i 4);

  options = builtins.listToAttrs (builtins.genList
    (i: lib.nameValuePair (name i) {
      type = kind i;
      default = {
        int = i;
        str = "d${toString i}";
        list = [ i ];
        bool = false;
      }.${kind i};
      description = "Option number ${toString i}, of type ${kind i}.";
    })
    n);

  quarter = lib.range 0 (n / 4 - 1);

  modules = [
    # Defaults for everything that is not a Boolean.
    (config: builtins.mapAttrs (_: o: o.default) (lib.filterAttrs (_: o: o.type != "bool") options))
    # Integer options form a chain through the final configuration.
    (config: builtins.listToAttrs (map
      (k: lib.nameValuePair (name (4 * k)) (if k == 0 then 0 else config.${name (4 * k - 4)} + 1))
      quarter))
    # Strings refer to integers.
    (config: builtins.listToAttrs (map
      (k: lib.nameValuePair (name (4 * k + 1)) "v${toString config.${name (4 * k)}}")
      quarter))
    # Lists combine earlier options.
    (config: builtins.listToAttrs (map
      (k: lib.nameValuePair (name (4 * k + 2)) [ config.${name (4 * k)} config.${name (4 * k + 1)} ])
      quarter))
    # Booleans depend on integers.
    (config: builtins.listToAttrs (map
      (k: lib.nameValuePair (name (4 * k + 3)) (lib.mod config.${name (4 * k)} 3 == 0))
      quarter))
  ]
  # Twenty more modules, each adding to every integer option.
  ++ builtins.genList
    (m: config: lib.genAttrs (map (k: name (4 * k)) quarter) (n: m + lib.mod (builtins.stringLength n) 3))
    20;

  merge = type: defs:
    if type == "int" then lib.sum defs
    else if type == "str" then builtins.concatStringsSep "," defs
    else if type == "list" then builtins.concatLists defs
    else builtins.foldl' (a: b: a || b) false defs;

  config = lib.fix (config:
    let
      defsList = map (m: m config) modules;
      collected = builtins.foldl'
        (acc: defs: acc // builtins.mapAttrs (n: v: (acc.${n} or [ ]) ++ [ v ]) defs)
        { }
        defsList;
    in
    builtins.mapAttrs (n: o: merge o.type (collected.${n} or [ o.default ])) options);

  render = v:
    if builtins.isList v then "[ ${lib.concatMapStringsSep " " render v} ]"
    else if builtins.isBool v then (if v then "yes" else "no")
    else toString v;
in
{
  inherit config;
  text = lib.concatMapStrings (n: "${n}=${render config.${n}}\n") (builtins.attrNames config);
  docs = builtins.concatStringsSep "\n"
    (lib.mapAttrsToList (n: o: "* `${n}` (${o.type}): ${o.description}") options);
  total = lib.sum (builtins.filter builtins.isInt (builtins.attrValues config));
  enabled = builtins.length (builtins.filter (v: v == true) (builtins.attrValues config));
}
