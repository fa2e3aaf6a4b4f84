[ (if true then "y" else "n") (if 1 > 2 then "y" else "n") (if false then throw "no" else "lazy") (if true then if false then 1 else 2 else 3) ]
