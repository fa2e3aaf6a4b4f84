let x = "X"; in [ ''a''$b'' ''a$${x}b'' ''q'''q'' ''nl''\nend'' ''tab''\tend'' ''bs''\\end'' ''esc''\x'' ''cr''\r.'' ]
