{
  first = 1;
  second =
    "two";
  nested = { deep = true; };
}
