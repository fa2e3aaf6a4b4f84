''
    spaces
	tab
''
