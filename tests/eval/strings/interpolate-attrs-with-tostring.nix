let o = { __toString = self: "obj(${toString self.v})"; v = 7; }; in "got ${o}"
