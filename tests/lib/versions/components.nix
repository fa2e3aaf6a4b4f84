let lib = import <nixpkgs/lib>; in
{
  split = lib.versions.splitVersion "1.2.3-rc4";
  dates = lib.versions.splitVersion "2024.01.15";
  major = lib.versions.major "10.4.1";
  minor = lib.versions.minor "10.4.1";
  patch = lib.versions.patch "10.4.1";
  majorMinor = [ (lib.versions.majorMinor "1.2.3") (lib.versions.majorMinor "5") ];
  compare = [ (lib.versions.compareVersions "1.0" "1.0.1") (lib.compareVersions "2" "1") ];
}
