{ isSub = true; }
