import { describe, expect, it } from 'vitest';
import { apiSource, publicSource } from './source-label.js';

describe('the source an article shows', () => {
  const seeds = '/srv/teletipo/seeds';

  it('is a seeds file’s path relative to the seeds folder', () => {
    expect(publicSource('/srv/teletipo/seeds/000.txt', seeds)).toBe('000.txt');
    expect(publicSource('/srv/teletipo/seeds/2024/05/001.txt', `${seeds}/`)).toBe('2024/05/001.txt');
  });

  it('is only the name of a file outside the seeds folder (bulk ingest), never its path', () => {
    expect(publicSource('/home/ana/corpus/2024/002.txt', seeds)).toBe('002.txt');
    expect(publicSource('/srv/teletipo/seeds-viejos/003.txt', seeds)).toBe('003.txt');
    expect(publicSource('/srv/teletipo/seeds/000.txt', '')).toBe('000.txt');
  });

  it('is api:<label> for an article sent through the API, stored that way', () => {
    expect(publicSource(apiSource('prensa/valencia.txt'), seeds)).toBe('api:prensa/valencia.txt');
    expect(publicSource(apiSource('/srv/teletipo/seeds/000.txt'), seeds)).toBe(
      'api:/srv/teletipo/seeds/000.txt',
    );
  });

  it('reads stores written before: a bare relative label was sent through the API', () => {
    expect(publicSource('prensa/valencia.txt', seeds)).toBe('api:prensa/valencia.txt');
    expect(publicSource(null, seeds)).toBeNull();
  });
});
