/** The CI platforms `sak init --ci` writes a file for. */
export const CI_PLATFORMS = ['gitlab', 'github', 'none'] as const;

/** A CI platform of `sak init --ci`. */
export type CiPlatform = (typeof CI_PLATFORMS)[number];

/** The default of `--ci`: GitLab, which most Swedish municipalities run themselves. */
export const DEFAULT_CI: CiPlatform = 'gitlab';

/** Where each CI platform's file goes. */
export const CI_FILES: Readonly<Record<Exclude<CiPlatform, 'none'>, string>> = {
  gitlab: '.gitlab-ci.yml',
  github: '.github/workflows/sak.yml',
};
