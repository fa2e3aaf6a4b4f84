# A module with an explicit key; imported twice, it counts once.
{
  key = "vmcmd-test-keyed";
  items = [ "keyed" ];
}
