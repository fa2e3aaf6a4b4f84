let lib = import <nixpkgs/lib>; in
{
  older = [ (lib.versionOlder "1.1" "1.2") (lib.versionOlder "1.2" "1.2") (lib.versionOlder "1.10" "1.9") ];
  atLeast = [ (lib.versionAtLeast "1.2" "1.2") (lib.versionAtLeast "2.0pre" "2.0") (lib.versionAtLeast "3" "2.99") ];
  getName = [ (lib.getName "hello-2.10") (lib.getName { pname = "p"; name = "p-1"; }) (lib.getName { name = "foo-bar-1.0"; }) ];
  getVersion = [ (lib.getVersion "hello-2.10") (lib.getVersion { version = "3"; }) (lib.getVersion { name = "x-0.1pre"; }) ];
  nameFromURL = lib.nameFromURL "https://example.org/pkgs/foo-1.2.tar.gz" "-";
}
