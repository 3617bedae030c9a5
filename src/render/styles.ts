// The colour functions of terminal text, apart from the renderers that use them, so that the
// program's output (ui/output.ts, loaded by every command) loads no renderer and no catalogue.

/** Colour functions for terminal text; identity functions when colour is off. */
export interface Styles {
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** Styles that add nothing, for files, pipes and NO_COLOR. */
export const PLAIN_STYLES: Styles = { error: (t) => t, warning: (t) => t, ok: (t) => t, dim: (t) => t, bold: (t) => t };
