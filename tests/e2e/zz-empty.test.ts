import { it, expect } from 'vitest';
import { sak, makeGitRegister } from './helpers.js';
it('x', async () => { const r = await makeGitRegister(); expect((await sak(r, ['--version'])).code).toBe(0); });
