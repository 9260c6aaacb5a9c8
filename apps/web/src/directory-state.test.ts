import { describe, expect, it } from 'vitest';
import { directoryVariables, readDirectoryState, writeDirectoryState } from './directory-state';

const read = (query: string) => readDirectoryState(new URLSearchParams(query));

describe('the entity directory URL', () => {
  it('reads search, type and order, ignoring unknown values', () => {
    expect(read('q= lima &tipo=LOCATION&orden=nombre')).toEqual({
      search: 'lima',
      type: 'LOCATION',
      sort: 'nombre',
    });
    expect(read('tipo=PLANET&orden=random')).toEqual({ search: '', type: '', sort: 'articulos' });
  });

  it('keeps defaults out of the URL', () => {
    expect(writeDirectoryState(read('')).toString()).toBe('');
    expect(writeDirectoryState(read('tipo=PERSON&orden=nombre')).toString()).toBe('tipo=PERSON&orden=nombre');
  });

  it('asks the API for that type, by name or by article count', () => {
    expect(directoryVariables(read('tipo=PERSON&orden=nombre'))).toEqual({
      filter: { types: ['PERSON'] },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(directoryVariables(read('q=ana'))).toEqual({
      filter: { search: 'ana' },
      orderBy: { field: 'ARTICLE_COUNT', direction: 'DESC' },
    });
  });
});
