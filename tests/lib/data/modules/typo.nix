{
  itemz = [ "x" ];
}
