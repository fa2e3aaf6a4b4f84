[ "a\nb" "tab\there" "cr\rx" "quote\"q" "back\\slash" "dollar\$x" "\${not}" "\q\z" "$" "a$b" "$$" ]
