let lib = import <nixpkgs/lib>; in
let
  mk = name: { type = "derivation"; inherit name; meta = { }; };
  set = { a = mk "a"; notDrv = { x = 1; }; n = 3; };
in {
  low = (lib.lowPrio (mk "x")).meta;
  hi = (lib.hiPrio (mk "x")).meta;
  prio = (lib.setPrio 3 (mk "x")).meta.priority;
  lowSet = builtins.mapAttrs (_: v: v.meta or v) (lib.lowPrioSet set);
  hiSet = (lib.hiPrioSet set).a.meta.priority;
  mapped = builtins.mapAttrs (_: v: v.name or v) (lib.mapDerivationAttrset (d: d // { name = d.name + "!"; }) set);
  default = lib.meta.defaultPriority;
}
