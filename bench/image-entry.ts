// What bench/image.mjs bundles: the image stage and the verifier it proves with.
export { publishImage } from '../src/image/publish.js';
export { verifyFileResult } from '../src/verify/index.js';
