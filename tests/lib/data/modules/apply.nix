# For importApply: a function of a static argument, returning a module.
{ word }:
{ lib, ... }:
{
  items = [ word ];
}
