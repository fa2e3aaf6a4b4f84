import <does-not-exist-anywhere>
