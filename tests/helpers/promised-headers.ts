/**
 * The security headers the README promises every response, written out here rather than read
 * from `securityHeaders` (src/lib/host-config/headers.ts), which generates them: a header dropped or
 * weakened there fails the tests that compare against this list.
 */
export const promisedHeaders: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
