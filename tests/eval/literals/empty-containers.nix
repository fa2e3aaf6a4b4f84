{ list = [ ]; set = { }; str = ""; indented = ''''; }
