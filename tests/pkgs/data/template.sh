#!@shell@
exec @jq@/bin/jq --arg x '@value@' "$@"
# @unknown@ stays
