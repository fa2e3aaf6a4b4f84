[ ''it's'' ''a ' b'' ''x'''y'' ''ends with quote' '' ]
