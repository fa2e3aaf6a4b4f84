let lib = import <nixpkgs/lib>; in
{
  pad = [
    (lib.versions.pad 3 "1")
    (lib.versions.pad 3 "1.2.3.4")
    (lib.versions.pad 3 "1.2-beta")
    (lib.versions.pad 2 "2023.10-1-x")
    (lib.versions.pad 0 "1.2")
  ];
}
