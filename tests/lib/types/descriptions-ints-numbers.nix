let lib = import <nixpkgs/lib>; in
with lib.types;
lib.mapAttrs (n: t: { inherit (t) name description; }) {
  inherit (ints) unsigned positive u8 u16 u32 s8 s16 s32;
  between = ints.between (-3) 7;
  nbetween = numbers.between 0 1.5;
  nonneg = numbers.nonnegative;
  npositive = numbers.positive;
}
