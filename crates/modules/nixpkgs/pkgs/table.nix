# The package table: names, versions and outputs of the symbolic packages
# (./packages.json, roughly nixos-26.05; ./packages-22.11.json and
# ./packages-23.05.json for older epochs, chosen by ./release.json, which
# the vmcmd-modules crate writes), with version overrides applied.
#
# Overrides come from ./overrides.json (empty as shipped; the vmcmd CLI
# replaces it for `NAME=VERSION` / `FILE.json` options) and from the
# `config.vmcmd.packages` argument of `import <nixpkgs> { ... }`, later
# ones winning. Both map a package name to a version string or to
# attributes merged into its table entry:
#
#   { "firecracker": "1.12.1",
#     "kernel": "6.1.100",                 (also "linux")
#     "qemu": { "version": "9.2.0" },
#     "python3Packages.supervisor": "4.2.5",
#     "my-tool": { "pname": "my-tool", "version": "1.0", "mainProgram": "mt" } }
{ extra ? { } }:
let
  release = builtins.fromJSON (builtins.readFile ./release.json);
  byRelease = {
    "22.11" = ./packages-22.11.json;
    "23.05" = ./packages-23.05.json;
  };
  table0 = builtins.fromJSON (builtins.readFile (byRelease.${release.table} or ./packages.json));
  shipped =
    if release.versionSuffix or null == null then table0
    else table0 // { nixos = table0.nixos // { inherit (release) versionSuffix; }; };
  fromFile = builtins.fromJSON (builtins.readFile ./overrides.json);

  # Updates one table entry; a changed version also renames an entry that
  # has an explicit `name` containing the old version.
  update = old: value:
    let
      new = if builtins.isString value then { version = value; } else value;
      renamed =
        if old ? name && old ? version && new ? version && !(new ? name) then
          { name = builtins.replaceStrings [ old.version ] [ new.version ] old.name; }
        else { };
    in
    old // new // renamed;

  apply = table: key: value:
    let
      py = builtins.match "python3Packages\\.(.+)" key;
    in
    if key == "kernel" || key == "linux" then
      table // { kernel = update table.kernel value; }
    else if key == "qemu" then
      table // { qemu = update table.qemu value; }
    else if py != null then
      let n = builtins.head py; in
      table // {
        python3Packages = table.python3Packages // {
          ${n} = update (table.python3Packages.${n} or { pname = n; }) value;
        };
      }
    else
      table // {
        packages = table.packages // {
          ${key} = update (table.packages.${key} or { pname = key; }) value;
        };
      };

  applyAll = table: overrides:
    builtins.foldl' (t: k: apply t k overrides.${k}) table (builtins.attrNames overrides);
in
applyAll (applyAll shipped fromFile) extra
