let s = { foo1 = "one"; foo2 = "two"; }; n = 2; in [ s."foo${toString n}" s.${"foo" + "1"} ]
