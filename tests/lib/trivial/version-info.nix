let lib = import <nixpkgs/lib>; in
{
  inherit (lib) version;
  release = lib.trivial.release;
  suffix = lib.trivial.versionSuffix;
  codeName = lib.trivial.codeName;
  oldest = lib.trivial.oldestSupportedRelease;
  atLeast = [ (lib.oldestSupportedReleaseIsAtLeast 2411) (lib.oldestSupportedReleaseIsAtLeast 2605) ];
  inOldest = lib.isInOldestRelease 2505;
  revision = lib.trivial.revisionWithDefault "unknown";
  nixpkgsVersion = lib.nixpkgsVersion;
  pure = lib.inPureEvalMode;
}
