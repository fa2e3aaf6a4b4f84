let lib = import <nixpkgs/lib>; in
lib.generators.mkValueStringDefault { } ({ a, b ? 1 }: a)
