import type { Lang } from '../i18n/lang.js';
import type { Output } from '../ui/output.js';
import type { Interrupt } from '../ui/interrupt.js';
import type { Problem } from '../core/problem.js';
import type { RegisterData } from '../core/model.js';
import type { Git } from '../store/git.js';

/** The register as loaded and validated for a command. */
export interface LoadedRegister {
  /** Absolute path of the register root. */
  root: string;
  data: RegisterData;
  /** Every problem of `sak validate` (errors and warnings), sorted. */
  problems: Problem[];
  /** Every record file found, valid or not. */
  recordCount: number;
  /** Every record file found, relative and `/`-separated. */
  files: string[];
}

/** What every command gets: dependencies passed in, so tests can pass fakes. */
export interface Context {
  /** Absolute path of the register root (found from --register, SAK_REGISTER or the working directory); throws when there is none. */
  readonly registerRoot: string;
  /** The environment variables (read only in cli/, passed down). */
  env: Readonly<Record<string, string | undefined>>;
  /** Git, run with that environment (tests start its processes their own way). */
  git: Git;
  /** The working folder that relative paths on the command line are resolved against. */
  cwd: string;
  /** Standard input, at most `limit` bytes (InputLimitError beyond). */
  readStdin(limit: number): Buffer;
  lang: Lang;
  /** Today, YYYY-MM-DD, read once in cli/. */
  today: string;
  out: Output;
  /** Ctrl-C during a write (all or nothing); none: nothing is ever interrupted. */
  interrupt?: Interrupt;
  /** Loads and validates the whole register at the given evaluation date. */
  loadRegister(options?: { at?: string; cache?: boolean; withData?: boolean }): Promise<LoadedRegister>;
}
