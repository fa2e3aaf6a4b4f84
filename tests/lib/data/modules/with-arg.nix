{ greeting, ... }:
{
  items = [ greeting ];
}
