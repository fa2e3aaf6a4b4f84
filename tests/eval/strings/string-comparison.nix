[ ("a" < "b") ("abc" < "abd") ("ab" < "abc") ("" < "a") ("B" < "a") ("z" > "aa") ("abc" <= "abc") ]
