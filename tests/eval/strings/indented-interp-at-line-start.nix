let v = "val\n  inner"; in ''
    ${v}
      after
''
