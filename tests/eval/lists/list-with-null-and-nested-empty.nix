[ null [ null ] [ [ ] ] { a = [ null ]; } ]
