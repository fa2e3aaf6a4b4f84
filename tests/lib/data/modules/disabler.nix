{
  disabledModules = [ ./def-b.nix "def-c.nix" { key = "vmcmd-test-keyed"; } ];
}
