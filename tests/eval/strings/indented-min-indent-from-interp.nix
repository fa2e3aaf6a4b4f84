let x = "X"; in ''
      six
    ${x} four
      six again
''
