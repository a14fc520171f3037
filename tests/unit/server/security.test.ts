import { describe, expect, it } from 'vitest';
import { matchTier, rankCandidates } from '../../../server/routes/rank.js';
import { Router } from '../../../server/router.js';
import { bearerMatches, checkExposure, isLoopback, redact } from '../../../server/security.js';
import { safeRelativePath } from '../../../server/static-files.js';

describe('static path safety', () => {
  it.each(['/../etc/passwd', '/%2e%2e/x', '/a/%2E%2E/%2e%2e/b', '/..%2fetc', '/a%5c..%5cb', '/a%00', '/%E0%A4%A'])(
    '%s is refused',
    (path) => {
      expect(safeRelativePath(path)).toBeNull();
    },
  );

  it('ordinary paths map under the root', () => {
    expect(safeRelativePath('/')).toBe('');
    expect(safeRelativePath('/assets/index-1.js')).toBe('assets/index-1.js');
  });
});

describe('exposure and token', () => {
  it('loopback names are recognised', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.5.0.1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', 'example.com'].some(isLoopback)).toBe(false);
  });

  it('binding beyond loopback needs a token of 16+ characters', () => {
    expect(() => checkExposure('0.0.0.0', undefined)).toThrow(/token/);
    expect(() => checkExposure('0.0.0.0', 'short')).toThrow(/16/);
    expect(() => checkExposure('0.0.0.0', 'x'.repeat(16))).not.toThrow();
    expect(() => checkExposure('127.0.0.1', undefined)).not.toThrow();
  });

  it('the bearer check accepts only the exact token', () => {
    expect(bearerMatches('Bearer s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(true);
    expect(bearerMatches('Bearer s3cret', 's3cret-s3cret-s3cret')).toBe(false);
    expect(bearerMatches(undefined, 's3cret-s3cret-s3cret')).toBe(false);
    expect(bearerMatches('Basic s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(false);
  });

  it('secrets are redacted from messages', () => {
    expect(redact('auth failed for pw hunter22', ['hunter22'])).toBe('auth failed for pw ***');
  });
});

describe('router', () => {
  it('matches params, tells wrong methods apart from unknown paths', async () => {
    const r = new Router();
    r.add({ method: 'GET', path: '/api/entities/:id', handler: async () => ({ kind: 'json', body: null }) });
    expect(r.lookup('GET', '/api/entities/xi%20jinping')).toMatchObject({ kind: 'match', match: { params: { id: 'xi jinping' } } });
    expect(r.lookup('POST', '/api/entities/x')).toEqual({ kind: 'wrong-method', allowed: ['GET'] });
    expect(r.lookup('GET', '/api/other')).toEqual({ kind: 'none' });
  });
});

describe('search ranking', () => {
  it('an exact alias beats a prefix match of equal full-text score', () => {
    const ranked = rankCandidates(
      [
        { name: 'Wang Xiaohong', aliases: [], score: 2 },
        { name: 'Xi Jinping', aliases: ['Xi'], score: 2 },
      ],
      'xi',
    );
    expect(ranked[0]!.name).toBe('Xi Jinping');
    expect(matchTier({ name: 'Wang Xiaohong', aliases: [] }, 'xi')).toBe(0);
  });
});
