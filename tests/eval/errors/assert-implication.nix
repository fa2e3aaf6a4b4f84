let enable = true; port = null; in assert enable -> port != null; port
