import { describe, expect, it } from 'vitest';
import { repositoryImageBase, repositoryImageUrl, siteShowsImage } from '../../src/lib/image-sources';

const repository = 'https://github.com/example/project';

describe('images the site shows, and from where', () => {
  it.each([
    [repository, 'https://raw.githubusercontent.com/example/project/'],
    [`${repository}.git`, 'https://raw.githubusercontent.com/example/project/'],
    [`${repository}/`, 'https://raw.githubusercontent.com/example/project/'],
    ['https://gitlab.com/example/project', undefined],
    ['https://github.com/example', undefined],
  ])('the files of %s load as images from %s', (url, base) => {
    expect(repositoryImageBase(url)).toBe(base);
  });

  it.each([
    [repository, 'docs/logo.png', 'https://raw.githubusercontent.com/example/project/HEAD/docs/logo.png'],
    [
      'https://gitlab.com/example/project',
      'logo.png',
      'https://gitlab.com/example/project/raw/HEAD/logo.png',
    ],
  ])('in %s, %s loads from %s', (url, path, image) => {
    expect(repositoryImageUrl(url, path)).toBe(image);
  });

  it.each([
    ['a file of the site', '/logo.png', true],
    ['a file of the repository', 'https://raw.githubusercontent.com/example/project/HEAD/logo.png', true],
    ['a file of another repository', 'https://raw.githubusercontent.com/example/other/HEAD/logo.png', false],
    [
      'a path that climbs out of the repository',
      'https://raw.githubusercontent.com/example/project/../other/x.png',
      false,
    ],
    ['a badge service', 'https://img.shields.io/badge/build-passing-green.svg', false],
    ['another host, protocol-relative', '//tracker.example/pixel.gif', false],
    ['a data: address', 'data:image/png;base64,AAAA', false],
  ])('%s: shown %s', (_, url, shown) => {
    expect(siteShowsImage(url, repository)).toBe(shown);
  });
});
