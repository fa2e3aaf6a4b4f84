{
  name = 42;
}
