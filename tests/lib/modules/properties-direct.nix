let lib = import <nixpkgs/lib>; in
{
  discharge = lib.modules.dischargeProperties (lib.mkMerge [ 1 (lib.mkIf true 2) (lib.mkIf false 3) (lib.mkIf true (lib.mkMerge [ 4 (lib.mkIf false 5) ])) ]);
  filter = lib.filterOverrides [
    { file = "1"; value = lib.mkOverride 10 "a"; }
    { file = "2"; value = lib.mkOverride 20 "b"; }
    { file = "3"; value = "z"; }
    { file = "4"; value = lib.mkOverride 10 "d"; }
  ];
  sorted = lib.sortProperties [
    { file = "1"; value = lib.mkAfter "late"; }
    { file = "2"; value = "mid"; }
    { file = "3"; value = lib.mkBefore "early"; }
  ];
  pushed = map (x: builtins.attrNames x) (lib.modules.pushDownProperties (lib.mkMerge [ { a = 1; } (lib.mkIf true { b = 2; c = 3; }) ]));
  prios = { inherit (lib.modules) defaultOverridePriority defaultOrderPriority; };
  forceShape = lib.mkForce 1;
  orderShape = lib.mkBefore 1;
  ifShape = lib.mkIf true 1;
}
