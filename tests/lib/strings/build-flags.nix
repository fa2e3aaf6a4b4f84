let lib = import <nixpkgs/lib>; in
{
  enable = [ (lib.enableFeature true "shared") (lib.enableFeature false "static") ];
  enableAs = [ (lib.enableFeatureAs true "opt" "v") (lib.enableFeatureAs false "opt" "v") ];
  with_ = [ (lib.withFeature true "ssl") (lib.withFeature false "ssl") ];
  withAs = [ (lib.withFeatureAs true "x" "/p") (lib.withFeatureAs false "x" (throw "lazy")) ];
  meson = [ (lib.mesonOption "a" "b") (lib.mesonBool "docs" false) (lib.mesonEnable "x11" true) (lib.mesonEnable "x11" false) ];
  cmake = [ (lib.cmakeOptionType "filepath" "CONF" "/etc/x") (lib.cmakeBool "BUILD_TESTS" true) (lib.cmakeFeature "PREFIX" "/usr") ];
}
