"str".attr
