import type { MdxComponentName } from '../lib/constants';
import ReportingChannels from './ReportingChannels.astro';

/** Components every section body may use without importing them. */
export const mdxComponents = { ReportingChannels } satisfies Record<MdxComponentName, unknown>;
