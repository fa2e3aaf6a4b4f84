[ ''  first line kept
    second'' ''
    only'' ''x
  y'' ]
