let p = __curPos; q =
      __curPos; in [ p.line p.column (baseNameOf p.file) q.line q.column ]
