{ y ? 2, z ? "zed" }: { inherit y z; }
