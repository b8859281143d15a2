/**
 * Package ecosystems as OSV names them, with the package-URL type of each (purl-spec): the
 * ecosystems a project here may publish advisories for (`project.package.ecosystem`).
 */
export const purlTypes = {
  PyPI: 'pypi',
  npm: 'npm',
  'crates.io': 'cargo',
  Go: 'golang',
  Maven: 'maven',
  RubyGems: 'gem',
  NuGet: 'nuget',
  Packagist: 'composer',
  Pub: 'pub',
  Hex: 'hex',
} as const;

export type Ecosystem = keyof typeof purlTypes;

export const ecosystems = Object.keys(purlTypes) as [Ecosystem, ...Ecosystem[]];
