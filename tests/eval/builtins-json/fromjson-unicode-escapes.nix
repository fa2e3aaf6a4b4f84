builtins.fromJSON ''["\u00e9", "\u65e5\u672c", "\ud83c\udf89", "a\nb", "\"q\"", "\\", "\/", "\t"]''
