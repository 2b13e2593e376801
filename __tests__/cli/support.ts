/** CLI tests reuse the verifier's fixture helpers. */
export { fixture, rngSeeded } from '../verify/helpers.js';
