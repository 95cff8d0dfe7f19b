import type { RequestHandler } from 'express';
import { requestAuthentication } from './auth';

const WINDOW_MS = 60_000;

/**
 * At most `perMinute` requests per person (per token subject; per address when anonymous), in
 * a sliding minute, in this process. 0 turns it off. Several API processes each count apart.
 */
export function rateLimit(perMinute: number): RequestHandler {
  const recent = new Map<string, number[]>();
  let lastSweep = Date.now();
  return (req, res, next) => {
    if (perMinute <= 0) return next();
    const now = Date.now();
    if (now - lastSweep > WINDOW_MS) {
      for (const [key, times] of recent) if (times[times.length - 1] < now - WINDOW_MS) recent.delete(key);
      lastSweep = now;
    }
    const auth = requestAuthentication(res);
    const key = auth.identity ? `sub:${auth.identity.sub}` : `ip:${req.ip}`;
    const times = (recent.get(key) ?? []).filter((time) => time > now - WINDOW_MS);
    if (times.length >= perMinute) {
      const retryAfter = Math.ceil((times[0] + WINDOW_MS - now) / 1000);
      res.set('retry-after', String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message: `More than ${perMinute} requests a minute; try again in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
      return;
    }
    times.push(now);
    recent.set(key, times);
    next();
  };
}
