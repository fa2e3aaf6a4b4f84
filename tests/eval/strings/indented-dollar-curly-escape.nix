''
  ''${literal}
  ''${"also"}
''
