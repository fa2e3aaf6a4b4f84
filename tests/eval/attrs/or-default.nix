let s = { a = { b = 1; }; c = null; }; in
[ (s.a.b or 0) (s.a.x or 0) (s.z.y.w or "deep") (s.c or 5) (s.a or { }) ({ }.q or [ ]) ]
