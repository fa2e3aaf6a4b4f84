# line comment
[ 1 /* block */ 2 /* multi
  line */ 3 # trailing
  /**/ 4 ]
