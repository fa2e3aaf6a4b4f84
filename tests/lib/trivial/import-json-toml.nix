let lib = import <nixpkgs/lib>; in
{
  json = lib.importJSON ./data/sample.json;
  toml = lib.importTOML ./data/sample.toml;
}
