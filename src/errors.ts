/** Exit codes of the command line (cli.md, "Exit codes"). */
export const ExitCode = {
  ok: 0,
  problems: 1,
  usage: 2,
  environment: 3,
  cancelled: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An expected failure the command cannot continue from; carries its exit code. */
export class SakError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command line: unknown option, value outside an option's domain, missing flag (exit 2). */
export class UsageError extends SakError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** The command ran and found problems, e.g. a record that would be invalid (exit 1). */
export class ProblemsError extends SakError {
  constructor(message: string) {
    super(message, ExitCode.problems);
  }
}

/** No register, unreadable file, write or git failure, template error (exit 3). */
export class EnvironmentError extends SakError {
  constructor(message: string) {
    super(message, ExitCode.environment);
  }
}

/** The user cancelled (Ctrl-C, Esc); nothing was written (exit 130). */
export class CancelledError extends SakError {
  constructor(message: string) {
    super(message, ExitCode.cancelled);
  }
}
