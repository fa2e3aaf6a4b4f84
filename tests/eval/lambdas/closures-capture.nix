let mkCounter = start: { next = mkCounter (start + 1); value = start; }; c = mkCounter 0; in [ c.value c.next.value c.next.next.next.value ]
