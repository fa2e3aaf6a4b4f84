[ "héllo" "日本語" "emoji 🎉" (builtins.stringLength "é") (builtins.stringLength "🎉") (builtins.substring 0 2 "é!") "\u00e9" ]
