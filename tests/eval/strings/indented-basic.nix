''
  line one
    indented two
  line three
''
