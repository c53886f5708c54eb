import type { BuildEnvironmentOptions } from 'vite';

type OnLog = NonNullable<NonNullable<BuildEnvironmentOptions['rolldownOptions']>['onLog']>;

/**
 * For Vite's build.rolldownOptions.onLog: drops the warning Astro's build gives for every MDX file,
 * `MODULE_LEVEL_DIRECTIVE … "use astro:head-inject"` (withastro/astro#18087, open: the directive is
 * Astro's own and the output is right), so that a warning in the build log is always worth reading.
 */
export const onBuildLog: OnLog = (level, log, handler) => {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
};
