let lib = import <nixpkgs/lib>; in
with lib.types;
{
  list = (listOf int).nestedTypes.elemType.name;
  either = lib.mapAttrs (n: t: t.name) (either int str).nestedTypes;
  coerced = lib.mapAttrs (n: t: t.name) (coercedTo int toString str).nestedTypes;
  submodule = (submodule { }).nestedTypes;
  freeform = (submodule { freeformType = attrsOf int; }).nestedTypes.freeformType.description;
  sub = (submodule { }).getSubModules;
}
