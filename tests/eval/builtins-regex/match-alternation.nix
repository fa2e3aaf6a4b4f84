[ (builtins.match "cat|dog" "dog") (builtins.match "(cat|dog)s?" "cats") (builtins.match "(cat|dog)s?" "bird") (builtins.match "a(b|cd|e)*f" "abcdebf") ]
