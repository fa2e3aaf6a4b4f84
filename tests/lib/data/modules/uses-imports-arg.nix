{ extraModule, ... }:
{
  imports = [ extraModule ];
}
