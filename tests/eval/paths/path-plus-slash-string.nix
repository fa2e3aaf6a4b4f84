[ (toString (/a + "/")) (toString (/a + "//b")) (toString (/a + "/./b/..")) ]
